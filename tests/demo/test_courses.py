"""The demo courses: six courses in three languages, demo progress, and idempotence.

seed_demo does not call seed_courses yet, so the three seeders are called here directly. Seeding
takes some seconds, so the module seeds twice once, in a transaction rolled back at its end, and
each test runs inside it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupPagePermission, Page, Revision

from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    EnrolmentMode,
    LessonPage,
    LessonProgress,
    ModulePage,
    Track,
)
from demo import content
from demo.seed.courses import seed_courses
from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from people.models import User
from people.roles import Role

pytestmark = pytest.mark.django_db
COURSES = content.courses()

# Letters from other alphabets that look like the Kyrgyz Ң ң Ү ү Ө ө.
LOOK_ALIKES = "\u04c9\u04ca\u04a4\u04a5\u04c7\u04c8\u04b0\u04b1\u019f\u0275\u0398\u03b8\u0472\u0473"


def seed():
    seed_home_pages()
    seed_people()
    return seed_courses()


@pytest.fixture(scope="module")
def runs(django_db_setup, django_db_blocker):
    """The snapshots after a first and a second run, and what the first run returned."""
    with django_db_blocker.unblock(), transaction.atomic():
        returned = seed()
        first = snapshot()
        seed()
        yield returned, first, snapshot()
        transaction.set_rollback(True)


@pytest.fixture
def seeded(runs, db):
    return runs[0]


def course(slug, language="ky"):
    return CoursePage.objects.get(slug=slug, locale__language_code=language)


def enrolment(email, slug):
    return Enrolment.objects.get(user__email=email, course_key=course(slug).translation_key)


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list(
                "id", "title", "slug", "live", "locale__language_code", "latest_revision_id"
            )
        ),
        "revisions": Revision.objects.count(),
        "enrolments": sorted(
            Enrolment.objects.values_list(
                "user_id", "course_key", "status", "completed_at", "last_lesson_key"
            )
        ),
        "progress": sorted(
            LessonProgress.objects.values_list("enrolment_id", "lesson_key", "completed_at")
        ),
        "page_permissions": sorted(
            GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")
        ),
    }


def test_six_courses_in_three_languages(seeded):
    assert len(seeded) == 6
    for language in ("ky", "ru", "en"):
        assert CourseIndexPage.objects.live().get(locale__language_code=language).slug == "courses"
        assert CoursePage.objects.live().filter(locale__language_code=language).count() == 6
    for page in seeded:
        translations = {p.locale.language_code: p for p in page.get_translations().live()}
        assert set(translations) == {"ru", "en"}
        assert all(p.slug == page.slug and p.title != page.title for p in translations.values())
        assert page.summary and "<ul>" in page.outcomes and page.hours and page.audience.exists()
        assert LessonPage.objects.descendant_of(page).filter(required=False).count() == 1


def test_cedaw_course_has_four_modules_or_more(seeded):
    cedaw = course("gender-cedaw")
    assert cedaw.title == "Гендердик теңчиликтин негиздери жана CEDAW"
    modules = ModulePage.objects.child_of(cedaw)
    assert modules.count() >= 4
    assert all(2 <= LessonPage.objects.child_of(m).count() <= 3 for m in modules)
    assert cedaw.enrolment_mode == EnrolmentMode.OPEN and cedaw.hours == 12


def test_every_kyrgyz_lesson_is_translated_under_the_translated_module(seeded):
    lessons = LessonPage.objects.filter(locale__language_code="ky")
    assert lessons.count() == sum(len(m["lessons"]) for c in COURSES for m in c["modules"])
    for lesson in lessons:
        translations = lesson.get_translations().live().specific()
        assert {t.locale.language_code for t in translations} == {"ru", "en"}
        for translation in translations:
            assert translation.get_parent().translation_key == lesson.get_parent().translation_key
            assert translation.required == lesson.required
            assert [b.block_type for b in translation.body] == [b.block_type for b in lesson.body]
            assert translation.body[0].value.source != lesson.body[0].value.source


def test_tot_course_needs_the_cedaw_course_a_key_and_has_trainer_notes(seeded):
    tot = course("gender-trainers")
    cedaw = course("gender-cedaw")
    assert tot.track == Track.TOT
    assert tot.enrolment_mode == EnrolmentMode.KEY and tot.enrolment_key == "TOT-2026"
    assert list(tot.prerequisites.all()) == [cedaw]
    assert list(tot.qualifies_for.all()) == [cedaw]
    assert list(course("gender-trainers", "ru").prerequisites.all()) == [course(cedaw.slug, "ru")]
    blocks = [b.block_type for lesson in LessonPage.objects.descendant_of(tot) for b in lesson.body]
    assert blocks.count("trainer_notes") >= 2


def test_demo_trainer_teaches_five_courses(seeded):
    trainer = User.objects.get(email="trainer@demo.tendik.kg")
    taught = set(trainer.courses_trained.filter(locale__language_code="ky").values_list("slug"))
    assert taught == {
        ("gender-cedaw",),
        ("inclusive-dialogue",),
        ("women-local-government",),
        ("municipal-budgets",),
        ("joint-decisions",),
    }


@pytest.mark.parametrize(
    ("slug", "titles", "lessons"),
    [
        (
            "municipal-budgets",
            {"ky": "Жергиликтүү бюджет", "ru": "Муниципальный бюджет"},
            {"ky": "Гендердик бюджеттөө", "ru": "Гендерное бюджетирование"},
        ),
        (
            "joint-decisions",
            {
                "ky": "Жергиликтүү кеңештер менен бирге чечим кабыл алуу",
                "ru": "Совместное принятие решений с местными кенешами",
            },
            {"ky": "Ким эмнени чечет", "ru": "Кто что решает"},
        ),
    ],
)
def test_school_for_women_leaders_courses_are_open_with_lessons_in_kyrgyz_and_russian(
    seeded, client, slug, titles, lessons
):
    """The two short courses of the women leaders' school (scenario 3)."""
    for language in ("ky", "ru"):
        page = course(slug, language)
        assert page.title == titles[language]
        assert page.enrolment_mode == EnrolmentMode.OPEN and page.track == Track.COURSE
        assert page.audience.filter(slug="women-leaders").exists()
        modules = ModulePage.objects.child_of(page).live()
        assert modules.count() == 2
        assert all(2 <= LessonPage.objects.child_of(m).count() <= 3 for m in modules)
        lesson = LessonPage.objects.descendant_of(page).live().get(title=lessons[language])
        assert lesson.body[0].block_type == "text" and len(str(lesson.body[0].value)) > 500
        listed = client.get(f"/{language}/courses/")
        assert listed.status_code == 200 and titles[language] in listed.content.decode()
    assert course(slug).hours == {"municipal-budgets": 4, "joint-decisions": 3}[slug]


def test_kyrgyz_uses_kyrgyz_letters(seeded):
    texts = []
    for page in Page.objects.filter(locale__language_code="ky", depth__gt=2).specific():
        texts += [page.title, getattr(page, "summary", ""), getattr(page, "outcomes", "")]
        texts += [str(b.value) for b in getattr(page, "body", [])]
    text = " ".join(texts)
    assert all(letter in text for letter in "ңүөҮӨ")
    assert not set(text) & set(LOOK_ALIKES)
    # No Latin letter hiding inside a Cyrillic word.
    assert not re.search(r"[а-яңүө][a-z]|[a-z][а-яңүө]", text, re.IGNORECASE)


def test_demo_progress(seeded):
    aigul = enrolment("learner@demo.tendik.kg", "gender-cedaw")
    required = LessonPage.objects.descendant_of(course("gender-cedaw")).filter(required=True)
    assert aigul.completed_at is None
    assert aigul.progress.count() == required.count() // 2 > 0
    assert aigul.last_lesson_key is not None
    nurlan = enrolment("nurlan@demo.tendik.kg", "inclusive-dialogue")
    assert nurlan.progress.count() == 1 and nurlan.completed_at is None
    assert enrolment("jyldyz@demo.tendik.kg", "inclusive-dialogue").completed_at is None
    jyldyz = enrolment("jyldyz@demo.tendik.kg", "women-local-government")
    assert jyldyz.completed_at is not None
    bermet = enrolment("bermet@demo.tendik.kg", "gender-cedaw")
    assert bermet.is_active and not bermet.progress.exists()


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_trainers_may_add_and_change_but_not_publish_in_the_catalogue(seeded, language):
    catalogue = CourseIndexPage.objects.get(locale__language_code=language)
    granted = GroupPagePermission.objects.filter(
        group=Group.objects.get(name=Role.TRAINER), page=catalogue
    ).values_list("permission__codename", flat=True)
    assert sorted(granted) == ["add_page", "change_page"]


def test_seeding_twice_changes_nothing(runs, db):
    _returned, first, second = runs
    assert first["revisions"] > 0 and first["progress"]
    assert second == first


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_catalogue_page_lists_the_courses(seeded, client, language):
    response = client.get(f"/{language}/courses/")
    assert response.status_code == 200
    title = course("gender-cedaw", language).title
    assert title in response.content.decode()


def test_aigul_reads_her_lesson_and_a_coordinator_sees_trainer_notes(seeded, client):
    client.force_login(User.objects.get(email="learner@demo.tendik.kg"))
    lesson = LessonPage.objects.descendant_of(course("gender-cedaw")).first()
    html = client.get(lesson.url).content.decode()
    assert "биологиялык белгилери" in html
    client.force_login(User.objects.get(email="coordinator@demo.tendik.kg"))
    lesson = LessonPage.objects.descendant_of(course("gender-trainers", "ru")).first()
    assert "Разбейте участников на пары" in client.get(lesson.url).content.decode()
