"""In Kyrgyz, by clicking: a learner whose programme waits only on the last lesson of her elective
marks it done, and downloads her programme certificate from My learning: a PDF naming the
programme."""

import contextlib
from pathlib import Path

import pytest
from wagtail.models import Page

from certificates.models import Certificate
from courses.models import CourseIndexPage, LessonPage
from people.roles import Role
from tests.browser.test_quiz import sign_in
from tests.certificates.conftest import pdf_text
from tests.certificates.programme_fixtures import (
    COURSE_TITLES,
    PROGRAMME_TITLE,
    build_school,
    learner_all_but_last,
)
from tests.factories import UserFactory
from tests.helpers import translated

pytestmark = pytest.mark.browser


def committed(execute=True):
    """Here every transaction commits for real: its after-commit signals run on their own."""
    return contextlib.nullcontext()


def test_the_learner_completes_the_last_item_and_downloads_her_programme_certificate(
    page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    trainer = UserFactory(role=Role.TRAINER)
    learner = UserFactory(email="aigul@example.kg", full_name="Айгүл Өмүрова", gender="woman")
    school = build_school(catalogue, trainer)
    learner_all_but_last(learner, school, trainer, committed)
    assert not Certificate.objects.filter(programme_enrolment__isnull=False).exists()

    sign_in(page, learner.email)
    last = LessonPage.objects.live().descendant_of(school.budget).order_by("path").last()
    page.goto(last.get_url())
    page.get_by_role("button", name=translated("Mark as done")).click()
    page.wait_for_load_state()
    assert translated("You have completed the course. Well done!") in page.content()

    page.get_by_role("link", name=translated("My learning")).click()
    main = page.locator("main")
    assert translated("My programmes") in main.inner_text()
    card = main.locator("li", has=page.get_by_role("heading", name=PROGRAMME_TITLE))
    with page.expect_download() as download:
        card.get_by_role("link", name=translated("Download your certificate")).click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"%PDF")
    text = " ".join(pdf_text(data).split())
    assert PROGRAMME_TITLE in text
    assert COURSE_TITLES[1] in text  # the elective she has just completed, listed
    certificate = Certificate.objects.get(programme_enrolment__isnull=False)
    assert certificate.user == learner and download.value.suggested_filename == (
        f"{certificate.code}.pdf"
    )
