"""The real h5p-standalone player (from npm) plays the real sample packages served by Django;
answers are given by clicking, and the scores the server stores are the ones clicked."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone, translation
from django.utils.translation import pgettext
from wagtail.models import Page

from courses.models import CourseIndexPage
from courses.services import enrolment_create
from h5p.models import H5PLaunch, H5PResult, H5PStatement
from tests.factories import PASSWORD
from tests.h5p.fixtures import (
    INTERACTIVE_VIDEO,
    MULTIPLE_CHOICE,
    QUESTION_SET,
    TRUE_FALSE,
    lesson_with_h5p,
)
from tests.helpers import translated

pytestmark = pytest.mark.browser


def kyrgyz(text: str) -> str:
    """The player's own words (in the project's catalogues) as a Kyrgyz reader sees them."""
    with translation.override("ky"):
        words = pgettext("H5P player", text)
    assert words != text
    return words


YES = kyrgyz("Yes")  # the sample's "Yes" is the authoring tool's suggestion, so it is translated


@pytest.fixture
def catalogue_page(transactional_db):
    home = Page.objects.get(depth=2)
    return home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))


@pytest.fixture
def play(page, samples, upload, learner, catalogue_page):
    """Sign the learner in, open a lesson holding `sample`, press start; returns the player's
    frame, and the list of Content-Security-Policy violations the page reported."""

    def start(sample: str, *, pass_mark=None):
        package = upload(samples / sample, title=sample)
        course, lesson, block_id = lesson_with_h5p(catalogue_page, package, pass_mark=pass_mark)
        enrolment_create(user=learner, course=course)
        violations = []
        page.on(
            "console",
            lambda message: (
                violations.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        page.goto("/ky/account/sign-in/")
        page.fill("#id_username", learner.email)
        page.fill("#id_password", PASSWORD)
        page.locator("main button").click()
        page.wait_for_load_state()
        page.goto(lesson.url)
        page.get_by_role("button", name=translated("Start activity")).click()
        frame = page.frame_locator("iframe.h5p-frame")
        frame.locator("body[data-h5p-ready]").wait_for()
        # The server launched this play; a robot answers faster than H5P_MIN_SECONDS allows a
        # person to, so the launch is dated as if she had read the question for a minute.
        assert H5PLaunch.objects.filter(lesson_key=lesson.translation_key).count() == 1
        H5PLaunch.objects.update(started_at=timezone.now() - timedelta(minutes=1))
        return frame, lesson, block_id, violations

    return start


def stored_result(lesson, block_id, *, seconds=10) -> H5PResult:
    """The learner's result once the player's post has arrived."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = H5PResult.objects.filter(
            lesson_key=lesson.translation_key, block_id=block_id, attempts__gt=0
        ).first()
        if result is not None:
            return result
        time.sleep(0.2)
    raise AssertionError("no scored statement reached the server")


def test_true_false_answered_right_is_stored_as_full_marks(play, page):
    frame, lesson, block_id, violations = play(TRUE_FALSE, pass_mark=100)
    assert "Oslo is the capital of Norway." in frame.locator("body").inner_text()
    frame.get_by_role("radio", name=YES).click()
    frame.locator(".h5p-question-check-answer").click()

    result = stored_result(lesson, block_id)
    assert (result.best_raw, result.best_max, result.best_percent) == (1, 1, 100)
    assert result.completed_at is not None
    assert H5PStatement.objects.filter(is_attempt=True, launch__isnull=False).exists()
    assert violations == []
    page.screenshot(path="test-results/h5p-lesson-ky.png", full_page=True)


def test_multiple_choice_answered_wrong_is_stored_as_zero(play):
    frame, lesson, block_id, violations = play(MULTIPLE_CHOICE, pass_mark=50)
    frame.locator("li.h5p-answer", has_text="Blue").click()
    frame.locator(".h5p-question-check-answer").click()

    result = stored_result(lesson, block_id)
    assert (result.best_raw, result.best_max, result.best_percent) == (0, 1, 0)
    assert result.completed_at is None
    assert violations == []


def test_question_set_scores_from_its_own_statement(play, page):
    frame, lesson, block_id, violations = play(QUESTION_SET)
    for berry in ["Blueberry", "Raspberry", "Cloudberry", "Strawberry"]:
        frame.locator("li.h5p-answer", has_text=berry).first.click()
    frame.locator(".h5p-question-check-answer:visible").click()
    # Each question answered sends its own statement, with the set as parent.
    frame.locator(".h5p-question-next:visible").click()
    draggables = frame.locator(".h5p-draggable:visible")
    zones = frame.locator(".h5p-dropzone:visible")
    # Blueberry, cloudberry and redcurrant, each onto its label.
    for element, zone in [(0, 1), (1, 0), (2, 2)]:
        draggables.nth(element).drag_to(zones.nth(zone))
    frame.locator(".h5p-question-check-answer:visible").click()
    frame.locator(".h5p-question-next:visible").click()
    frame.locator("li.h5p-answer:visible", has_text="Cranberries").click()
    frame.locator(".h5p-question-check-answer:visible").click()
    frame.locator(".h5p-question-finish:visible").click()

    result = stored_result(lesson, block_id)
    own = H5PStatement.objects.get(is_attempt=True)
    assert own.verb.endswith("/completed")
    assert "parent" not in own.statement.get("context", {}).get("contextActivities", {})
    children = H5PStatement.objects.filter(verb__endswith="/answered", is_attempt=False)
    assert children.count() >= 2
    assert all(child.statement["context"]["contextActivities"]["parent"] for child in children)
    assert result.attempts == 1
    assert (result.best_raw, result.best_max) == (own.score_raw, own.score_max)
    assert own.score_max > max(child.statement["result"]["score"]["max"] for child in children)
    assert violations == []


def test_interactive_video_loads_without_its_unreachable_video(play):
    frame, lesson, block_id, violations = play(INTERACTIVE_VIDEO)
    assert frame.locator(".h5p-interactive-video").count() == 1
    assert frame.locator(".h5p-controls").count() >= 1
    # The only thing refused is the video from h5p.org, which a closed network cannot reach.
    assert all("h5p.org" in violation for violation in violations), violations


def test_her_place_is_saved_and_she_resumes_there(play, page, settings):
    settings.H5P_STATE_SAVE_SECONDS = 1
    frame, lesson, block_id, violations = play(TRUE_FALSE)
    frame.get_by_role("radio", name=YES).click()
    # The player posts its state (with the CSRF token) every H5P_STATE_SAVE_SECONDS.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not H5PResult.objects.filter(state__gt="").exists():
        time.sleep(0.2)
    assert H5PResult.objects.get(lesson_key=lesson.translation_key, block_id=block_id).state

    page.reload()
    page.get_by_role("button", name=translated("Start activity")).click()
    frame = page.frame_locator("iframe.h5p-frame")
    frame.locator("body[data-h5p-ready]").wait_for()
    assert frame.get_by_role("radio", name=YES).get_attribute("aria-checked") == "true"
    assert violations == []


def test_the_kyrgyz_player_shows_its_buttons_in_kyrgyz(play, page):
    frame, _lesson, _block_id, violations = play(TRUE_FALSE)
    check = frame.locator(".h5p-question-check-answer")
    assert check.inner_text() == kyrgyz("Check")
    frame.get_by_role("radio", name=kyrgyz("No")).click()
    check.click()
    frame.get_by_role("button", name=kyrgyz("Retry")).wait_for()
    assert violations == []
    page.screenshot(path="test-results/h5p-kyrgyz-buttons.png", full_page=True)
