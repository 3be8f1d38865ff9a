import pytest
from django.db import IntegrityError

from courses.models import (
    CoursePage,
    Enrolment,
    EnrolmentMode,
    LessonPage,
    ModulePage,
    Track,
    TrainerQualification,
)
from courses.services import EnrolmentRefused, enrolment_create, lesson_mark_done
from people.roles import Role, roles_of
from tests.courses.conftest import build_course
from tests.factories import UserFactory
from tests.helpers import translated


def enrol_url(course):
    return f"/ky/learning/courses/{course.pk}/enrol/"


def done_url(lesson):
    return f"/ky/learning/lessons/{lesson.pk}/done/"


# The page tree


def test_page_tree_rules(catalogue):
    assert CoursePage.can_create_at(catalogue)
    assert not LessonPage.can_create_at(catalogue)
    assert ModulePage.allowed_parent_page_models() == [CoursePage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert LessonPage.allowed_subpage_models() == []


def test_cover_image_needs_alt_text_and_key_mode_needs_a_key(catalogue):
    course = CoursePage(title="X", summary="x", enrolment_mode=EnrolmentMode.KEY)
    with pytest.raises(Exception, match="enrolment_key"):
        course.full_clean(exclude=["path", "depth"])


# Enrolment modes


def test_open_course_self_enrolment(client_for, learner, course):
    response = client_for(learner).post(enrol_url(course))
    assert response.status_code == 302
    assert Enrolment.objects.get(user=learner).course_key == course.translation_key


def test_enrolment_key(client_for, learner, catalogue):
    course = build_course(
        catalogue, title="ToT", enrolment_mode=EnrolmentMode.KEY, enrolment_key="TOT-2026"
    )
    client = client_for(learner)
    wrong = client.post(enrol_url(course), {"key": "tot"}, follow=True)
    assert (
        translated("The enrolment key is wrong. Ask your trainer for it.") in wrong.content.decode()
    )
    assert not Enrolment.objects.exists()
    client.post(enrol_url(course), {"key": " TOT-2026 "})
    assert Enrolment.objects.filter(user=learner).exists()


def test_coordinator_only_course_refuses_self_enrolment(learner, coordinator, catalogue):
    course = build_course(catalogue, enrolment_mode=EnrolmentMode.COORDINATOR)
    with pytest.raises(EnrolmentRefused):
        enrolment_create(user=learner, course=course)
    enrolment_create(user=learner, course=course, by=coordinator)
    assert Enrolment.objects.get(user=learner).enrolled_by == coordinator


def test_prerequisites_are_enforced_with_what_is_missing(client_for, learner, catalogue, course):
    advanced = build_course(catalogue, title="Тренерлерди даярдоо")
    advanced.prerequisites.add(course)
    advanced.save_revision().publish()
    advanced.refresh_from_db()
    response = client_for(learner).post(enrol_url(advanced), follow=True)
    html = response.content.decode()
    assert "CEDAW негиздери" in html
    assert not Enrolment.objects.filter(course_key=advanced.translation_key).exists()

    enrolment_create(user=learner, course=course)
    for lesson in LessonPage.objects.descendant_of(course):
        lesson_mark_done(user=learner, lesson=lesson)
    enrolment_create(user=learner, course=advanced)
    assert Enrolment.objects.filter(course_key=advanced.translation_key).exists()


def test_one_enrolment_per_course_in_the_database(learner, course):
    Enrolment.objects.create(user=learner, course_key=course.translation_key)
    with pytest.raises(IntegrityError):
        Enrolment.objects.create(user=learner, course_key=course.translation_key)


def test_leaving_keeps_history_and_progress(client_for, learner, course, lessons):
    client = client_for(learner)
    client.post(enrol_url(course))
    client.post(done_url(lessons[0]))
    client.post(f"/ky/learning/courses/{course.pk}/leave/")
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.status == Enrolment.Status.WITHDRAWN and enrolment.withdrawn_at
    assert enrolment.progress.count() == 1
    client.post(enrol_url(course))
    enrolment.refresh_from_db()
    assert enrolment.is_active and enrolment.progress.count() == 1


# Progress and completion


def test_progress_and_completion(
    client_for, learner, course, lessons, django_capture_on_commit_callbacks
):
    client = client_for(learner)
    client.post(enrol_url(course))
    client.post(done_url(lessons[0]))
    client.post(done_url(lessons[0]))  # a double click records once
    page = client.get(course.url).content.decode()
    assert "25%" in page
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for lesson in lessons[1:]:
            client.post(done_url(lesson))
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is not None
    announcements = [c for c in callbacks if "enrolment_check_completion" in c.__qualname__]
    assert len(announcements) == 1  # announced once (the certificate's render is queued too)
    assert "100%" in client.get("/ky/learning/").content.decode()


def test_optional_lessons_do_not_block_completion(learner, course, lessons):
    optional = lessons[-1]
    optional.required = False
    optional.save_revision().publish()
    enrolment_create(user=learner, course=course)
    for lesson in lessons[:-1]:
        enrolment = lesson_mark_done(user=learner, lesson=lesson)
    assert enrolment.completed_at is not None


def test_completion_stays_when_the_course_grows(learner, course, lessons):
    enrolment_create(user=learner, course=course)
    for lesson in lessons:
        lesson_mark_done(user=learner, lesson=lesson)
    completed_at = Enrolment.objects.get(user=learner).completed_at
    module = ModulePage.objects.child_of(course).first()
    module.add_child(instance=LessonPage(title="Жаңы сабак"))
    lesson_mark_done(user=learner, lesson=lessons[0])
    assert Enrolment.objects.get(user=learner).completed_at == completed_at


def test_marking_done_without_enrolment_is_refused(client_for, learner, lessons):
    response = client_for(learner).post(done_url(lessons[0]), follow=True)
    assert translated("Enrol in the course first.") in response.content.decode()
    assert not Enrolment.objects.exists()


def test_an_activity_kind_plugs_into_completion(client_for, learner, course, lessons):
    """An app's block becomes a required activity of its lesson: the lesson is done by it alone,
    and the course waits for it."""
    from courses import completion
    from courses.services import lesson_activity_met

    met = set()
    kind = completion.ActivityKind(
        block_type="callout",
        target_field="kind",
        todo=lambda title: f"Көнүгүү: {title}",
        met=lambda pairs: {(e.pk, *key) for e, _a in pairs for key in met},
        required=lambda value: True,
    )
    completion.register_activity(kind)
    try:
        lesson = lessons[0]
        lesson.body.append(("callout", {"kind": "note", "text": "<p>Көнүгүү</p>"}))
        lesson.save_revision().publish()
        lesson = LessonPage.objects.get(pk=lesson.pk)
        enrolment = enrolment_create(user=learner, course=course)
        for each in lessons[1:]:
            lesson_mark_done(user=learner, lesson=each)
        with pytest.raises(EnrolmentRefused):
            lesson_mark_done(user=learner, lesson=lesson)
        assert not enrolment.progress.filter(lesson_key=lesson.translation_key).exists()
        assert completion.missing_for_completion(enrolment, course) == [f"Көнүгүү: {lesson.title}"]
        block_id = next(block.id for block in lesson.body if block.block_type == "callout")
        met.add((lesson.translation_key, block_id))
        enrolment = lesson_activity_met(enrolment=enrolment, lesson=lesson)
        assert enrolment.completed_at is not None
        assert enrolment.progress.filter(lesson_key=lesson.translation_key).exists()
        assert "100%" in client_for(learner).get(course.url).content.decode()
    finally:
        del completion._kinds["callout"]


# Trainer-of-trainers


def test_tot_completion_alone_leaves_the_qualification_pending(
    learner, catalogue, course, django_capture_on_commit_callbacks
):
    """Issue 14.6: the ToT course alone no longer makes a trainer; her practicum does
    (tests/trainings/test_qualification.py)."""
    tot = build_course(catalogue, title="ToT", track=Track.TOT, modules=1, lessons=1)
    tot.qualifies_for.add(course)
    tot.save_revision().publish()
    enrolment_create(user=learner, course=tot)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_mark_done(user=learner, lesson=LessonPage.objects.descendant_of(tot).get())
    qualification = TrainerQualification.objects.get(user=learner)
    assert qualification.course_key == tot.translation_key
    assert qualification.status == TrainerQualification.Status.PENDING
    assert qualification.qualified_at is None
    learner.refresh_from_db()
    assert Role.TRAINER not in roles_of(learner)


# Who sees what


@pytest.mark.parametrize(
    ("who", "body", "notes"),
    [
        ("anonymous", False, False),
        ("learner", False, False),
        ("enrolled", True, False),
        ("trainer", False, False),
        ("course_trainer", True, True),
        ("coordinator", True, True),
        ("administrator", True, True),
    ],
)
def test_lesson_bodies_and_trainer_notes(client_for, course, lessons, who, body, notes):
    person = None
    if who == "enrolled":
        person = UserFactory()
        enrolment_create(user=person, course=course)
    elif who == "course_trainer":
        person = UserFactory(role=Role.TRAINER)
        course.trainers.add(person)
        course.save_revision().publish()
    elif who != "anonymous":
        person = UserFactory(
            role={"learner": Role.LEARNER, "trainer": Role.TRAINER}.get(who, who.capitalize())
        )
    response = client_for(person).get(lessons[0].url)
    html = response.content.decode()
    assert ("Сабактын тексти 1.1" in html) is body
    assert ("Тренер үчүн" in html) is notes
    if not body:
        assert response.status_code == 403
        assert "CEDAW негиздери" in html  # the page offers the course instead of a bare refusal


def test_catalogue_lists_filters_and_searches(client, catalogue, course):
    tot = build_course(catalogue, title="Тренерлер үчүн", track=Track.TOT, modules=1, lessons=1)
    html = client.get("/ky/courses/").content.decode()
    assert "CEDAW негиздери" in html and "Тренерлер үчүн" in html
    html = client.get("/ky/courses/?track=tot").content.decode()
    assert "CEDAW негиздери" not in html and "Тренерлер үчүн" in html
    assert tot.pk


def test_queries_stay_flat_as_a_course_grows(client_for, learner, catalogue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for title, modules, lessons in [("small", 1, 3), ("large", 6, 5)]:
        course = build_course(catalogue, title=title, modules=modules, lessons=lessons)
        enrolment_create(user=learner, course=course)
        first, second = LessonPage.objects.descendant_of(course).order_by("path")[:2]
        lesson_mark_done(user=learner, lesson=first)
        client = client_for(learner)
        measured = []
        for url in (course.url, second.url):
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            measured.append(len(queries))
        counts.append(measured)
    assert counts[0] == counts[1]
    assert (
        max(counts[0]) <= 17
    )  # the menu's webinars link and the certificates register link add one each


def test_catalogue_search_finds_courses_by_their_lessons(client, catalogue, course):
    other = build_course(catalogue, title="Бюджет мектеби", modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(other).get()
    lesson.body = [("text", "<p>Бюджеттик угуулар айыл өкмөтүндө</p>")]
    lesson.save_revision().publish()
    html = client.get("/ky/courses/", {"q": "угуулар"}).content.decode()
    assert "Бюджет мектеби" in html and "CEDAW негиздери" not in html
    html = client.get("/ky/courses/", {"q": "CEDAW"}).content.decode()
    assert "CEDAW негиздери" in html and "Бюджет мектеби" not in html
