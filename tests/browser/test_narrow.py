"""No page scrolls sideways on a 360 px phone, for any role; screenshots at 360 and 1280 px
for each role in Kyrgyz and Russian (test-results/narrow-*.png) to look at."""

import pytest
from django.core.management import call_command

from certificates.models import Certificate
from courses.models import CoursePage, LessonPage
from discussions.models import Thread
from people.models import User
from programmes.models import ProgrammePage
from tests.browser.conftest import sign_in
from webinars.models import WebinarPage

pytestmark = pytest.mark.browser

PASSWORD = "tendik-demo-2026"
ROLES = {
    "anonymous": None,
    "learner": "learner@demo.tendik.kg",
    "trainer": "trainer@demo.tendik.kg",
    "coordinator": "coordinator@demo.tendik.kg",
    "administrator": "admin@demo.tendik.kg",
    "moderator": "moderator@demo.tendik.kg",
}


@pytest.fixture
def demo_site(settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    settings.DEBUG = False


def pages_of(language: str) -> list[str]:
    course = CoursePage.objects.live().filter(locale__language_code=language).first()
    lesson = LessonPage.objects.live().descendant_of(course).first()
    webinar = WebinarPage.objects.live().filter(locale__language_code=language).first()
    code = Certificate.objects.values_list("code", flat=True).first()
    programme = ProgrammePage.objects.live().filter(locale__language_code=language).first()
    # The demo's graduate of the school: her programme certificate lists its items.
    programme_code = Certificate.objects.get(programme_enrolment__isnull=False).code
    thread = Thread.objects.order_by("pk").first()
    # A learner who answered the Washington Group questions (her page is a coordinator's).
    answered = User.objects.get(email="bubusara@demo.tendik.kg")
    return [
        f"/{language}/",
        course.get_parent().url,
        course.url,
        lesson.url,
        f"/{language}/learning/",
        f"/{language}/account/",
        f"/{language}/people/{answered.pk}/",
        webinar.get_parent().url,
        webinar.url,
        f"/{language}/webinars/{webinar.pk}/report/",
        f"/{language}/certificates/register/",
        f"/{language}/certificates/verify/",
        f"/{language}/certificates/verify/{code}/",
        f"/{language}/certificates/verify/credential/",
        f"/{language}/learning/courses/{course.pk}/cohort/",
        programme.url,
        f"/{language}/certificates/verify/{programme_code}/",
        f"/{language}/learning/programmes/{programme.pk}/cohort/",
        f"/{language}/certificates/programme-reviews/",
        f"/{language}/trainings/cascade/",
        # The reports: the dashboard with a table crossed by two dimensions, the moved counts.
        f"/{language}/reports/?rows=region&columns=gender",
        f"/{language}/reports/certificates/",
        f"/{language}/reports/webinars/{webinar.pk}/",
        # The community: its door, a thread, the library, mentoring and its coordination (a
        # programme's long title in a select), the moderation queue.
        f"/{language}/community/",
        f"/{language}/community/spaces/",
        f"/{language}/community/threads/{thread.pk}/",
        f"/{language}/community/library/",
        f"/{language}/community/mentoring/",
        f"/{language}/community/mentoring/coordinate/",
        f"/{language}/community/moderation/",
        f"/{language}/community/profile/",
        # The authoring guide (authors only; others get its refusal page, measured all the same).
        f"/{language}/authoring-guide/",
    ]


@pytest.mark.parametrize("role", ROLES)
def test_no_page_is_wider_than_a_phone(page, demo_site, role):
    page.set_viewport_size({"width": 360, "height": 740})
    if ROLES[role]:
        sign_in(page, ROLES[role], PASSWORD)
    too_wide = {}
    for language in ["ky", "ru"]:
        for url in pages_of(language):
            page.goto(url)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 360:
                too_wide[url] = width
        page.goto(f"/{language}/")
        page.screenshot(path=f"test-results/narrow-{role}-{language}-360.png")
        page.set_viewport_size({"width": 1280, "height": 800})
        page.screenshot(path=f"test-results/narrow-{role}-{language}-1280.png")
        page.set_viewport_size({"width": 360, "height": 740})
    assert too_wide == {}
