"""The demo programmes: scenario 3's school for women leaders in local self-government, with
three learners at its start, midway and done, and scenario 2's ten-month programme of inclusive
dialogue, in Kyrgyz, Russian and English; seeding again changes nothing."""

import pytest
from wagtail.models import Page, Revision

from certificates.models import Certificate
from courses.models import CoursePage, Enrolment
from demo.seed.certificates import seed_certificate_template
from demo.seed.courses import seed_courses
from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from demo.seed.programmes import seed_programmes
from demo.seed.trainings import seed_trainings
from demo.seed.webinars import seed_webinars
from programmes.blocks import Kind, Rule
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.selectors import progress_of, requirement_sets
from trainings.models import Registration


def seed():
    seed_home_pages()
    seed_people()
    seed_certificate_template()
    seed_courses()
    seed_webinars(out=lambda *args: None)
    seed_trainings()
    return seed_programmes()


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("id", "title", "live", "locale__language_code")),
        "revisions": Revision.objects.count(),
        "programme_enrolments": sorted(
            ProgrammeEnrolment.objects.values_list(
                "user_id", "programme_key", "status", "enrolled_by_id", "completed_at"
            )
        ),
        "enrolments": sorted(
            Enrolment.objects.values_list("user_id", "course_key", "status", "completed_at")
        ),
        "registrations": sorted(Registration.objects.values_list("pk", "completed_at")),
    }


def programme(slug, language="ky") -> ProgrammePage:
    return ProgrammePage.objects.live().get(slug=slug, locale__language_code=language)


def course_key(slug):
    return CoursePage.objects.get(slug=slug, locale__language_code="ky").translation_key


def progress(email, page):
    return progress_of(ProgrammeEnrolment.objects.get(user__email=email).user, page)


@pytest.mark.django_db
def test_the_demo_programmes_their_learners_and_seeding_again(
    settings, django_capture_on_commit_callbacks
):
    # One seeding for every check: the demo takes a minute to seed. Its events run as after
    # its commits, so the programme certificate follows Saikal's completion the real way.
    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        seeded = seed()
    in_three_languages(seeded)
    school_requirements()
    dialogue_requirements()
    school_learners()
    first = snapshot()
    seed_programmes()
    assert snapshot() == first


def in_three_languages(seeded):
    assert {page.slug for page in seeded} == {
        "women-leaders-school",
        "inclusive-dialogue-programme",
    }
    titles = {
        "ky": "Жергиликтүү өз алдынча башкаруудагы аял лидерлер мектеби",
        "ru": "Школа женщин-лидеров в местном самоуправлении",
        "en": "School for women leaders in local self-government",
    }
    for language, title in titles.items():
        school = programme("women-leaders-school", language)
        assert school.title == title and school.summary and school.outcomes
        assert school.get_parent().specific_class.__name__ == "CourseIndexPage"
        # Its items are the courses in the same language.
        items = [item for s in requirement_sets(school) for item in s.items]
        assert {
            page.locale.language_code
            for page in CoursePage.objects.filter(pk__in=[item.page_id for item in items])
        } == {language}
    dialogue = programme("inclusive-dialogue-programme", "ru")
    assert dialogue.duration == "10 месяцев"


def school_requirements():
    """The core course, one elective of two, the face-to-face training."""
    core, elective, training = requirement_sets(programme("women-leaders-school"))
    assert core.rule == Rule.ALL
    assert [(i.kind, i.key) for i in core.items] == [
        (Kind.COURSE, course_key("women-local-government"))
    ]
    assert (elective.rule, elective.needed) == (Rule.ANY, 1)
    assert [i.key for i in elective.items] == [
        course_key("municipal-budgets"),
        course_key("joint-decisions"),
    ]
    assert [(i.kind, i.key) for i in training.items] == [
        (Kind.SESSION, course_key("women-local-government"))
    ]


def dialogue_requirements():
    """The course, then its dialogue sessions, and a webinar."""
    ordered, webinar = requirement_sets(programme("inclusive-dialogue-programme"))
    assert ordered.ordered
    assert [(i.kind, i.key) for i in ordered.items] == [
        (Kind.COURSE, course_key("inclusive-dialogue")),
        (Kind.SESSION, course_key("inclusive-dialogue")),
    ]
    (series,) = webinar.items
    assert series.kind == Kind.WEBINAR and series.members  # any webinar of the series
    assert set(
        ProgrammeEnrolment.objects.filter(
            programme_key=programme("inclusive-dialogue-programme").translation_key
        ).values_list("user__email", flat=True)
    ) == {"nurlan@demo.tendik.kg", "jyldyz@demo.tendik.kg"}


def school_learners():
    """Three learners at the start, midway and done."""
    school = programme("women-leaders-school")

    start = progress("asel@demo.tendik.kg", school)
    assert start.items_done == 0 and not start.completed
    # The programme enrolled her in the core course; the elective is hers to choose.
    assert Enrolment.objects.active().get(
        user__email="asel@demo.tendik.kg"
    ).course_key == course_key("women-local-government")

    midway = progress("kanykei@demo.tendik.kg", school)
    assert (midway.items_done, midway.items_needed, midway.completed) == (1, 3, False)
    assert midway.next_step.item.key == course_key("joint-decisions")  # started, half done

    done = progress("saikal@demo.tendik.kg", school)
    assert done.completed and done.items_done == 3
    enrolments = {
        e.user.email: e
        for e in ProgrammeEnrolment.objects.filter(programme_key=school.translation_key)
    }
    assert enrolments["saikal@demo.tendik.kg"].completed_at is not None
    assert enrolments["kanykei@demo.tendik.kg"].completed_at is None
    assert enrolments["asel@demo.tendik.kg"].completed_at is None
    assert enrolments["asel@demo.tendik.kg"].enrolled_by is None
    assert enrolments["saikal@demo.tendik.kg"].enrolled_by.email == "coordinator@demo.tendik.kg"
    # Her completions are real: both courses completed, the training completed at its close.
    completed = Enrolment.objects.filter(
        user__email="saikal@demo.tendik.kg", completed_at__isnull=False
    ).values_list("course_key", flat=True)
    assert set(completed) == {course_key("women-local-government"), course_key("joint-decisions")}
    assert Registration.objects.get(
        participant__user__email="saikal@demo.tendik.kg", session__status="closed"
    ).completed_at
    # Her programme certificate, issued once, rests on the three items' certificates.
    (certificate,) = Certificate.objects.filter(
        programme_enrolment=enrolments["saikal@demo.tendik.kg"]
    )
    assert certificate.course_title == school.title
    assert certificate.relies_on.count() == 3
    assert not Certificate.objects.filter(
        programme_enrolment__in=[
            enrolments["kanykei@demo.tendik.kg"],
            enrolments["asel@demo.tendik.kg"],
        ]
    ).exists()
