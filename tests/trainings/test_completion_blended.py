"""A blended course asks for a face-to-face session: its lesson with the face-to-face block is done,
and the course completes, only once the learner completed a session of that course."""

from decimal import Decimal

import pytest
from django.db import transaction

from courses.completion import missing_for_completion
from courses.models import Enrolment, LessonPage
from courses.services import EnrolmentRefused, enrolment_create, lesson_mark_done
from tests.factories import build_course
from tests.trainings.completion_fixtures import make_participant, make_session, register
from trainings.completion import session_complete

D = Decimal


@pytest.fixture
def blended(catalogue):
    course = build_course(catalogue, title="Инклюзивдүү диалог", modules=1, lessons=2)
    course.save_revision().publish()
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    dialogue = lessons[-1]
    dialogue.body.append(("face_to_face", {"required": True, "note": "Нарында, жумада бир"}))
    dialogue.save_revision().publish()
    return course, lessons


def test_the_course_completes_only_after_a_session(
    blended, learner, trainer, django_capture_on_commit_callbacks
):
    course, (online, dialogue) = blended
    enrolment = enrolment_create(user=learner, course=course)
    lesson_mark_done(user=learner, lesson=online)  # the online module
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert missing_for_completion(enrolment, course) == [
        f"Бетме-бет тренингди аяктаңыз («{dialogue.title}» сабагы)"
    ]
    with pytest.raises(EnrolmentRefused):
        lesson_mark_done(user=learner, lesson=dialogue)  # not by saying so

    # A session of another course does not count.
    other = build_course(course.get_parent(), title="Башка курс", modules=1, lessons=1)
    elsewhere = make_session(other, trainer, days=(D("4"),))
    register(elsewhere, make_participant(user=learner), 4)
    # Nor one she did not complete.
    short = make_session(course, trainer, days=(D("4"), D("4")))
    register(short, make_participant(user=learner, full_name="Айгүл"), 4, None)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        session_complete(session=elsewhere, by=trainer)
        session_complete(session=short, by=trainer)
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None

    session = make_session(course, trainer, days=(D("4"), D("4")), settlement="Кочкор")
    register(session, make_participant(user=learner, full_name="Айгүл Асанова"), 4, 4)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        session_complete(session=session, by=trainer)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert missing_for_completion(enrolment, course) == []


def test_a_participant_without_an_account_completes_no_course(
    blended, learner, trainer, django_capture_on_commit_callbacks
):
    course, _lessons = blended
    enrolment = enrolment_create(user=learner, course=course)
    session = make_session(course, trainer, days=(D("4"),))
    register(session, make_participant(), 4)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        session_complete(session=session, by=trainer)
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None


def test_the_lesson_shows_the_block_and_her_completed_session(
    blended, learner, trainer, client_for, django_capture_on_commit_callbacks
):
    course, (_online, dialogue) = blended
    enrolment_create(user=learner, course=course)
    client = client_for(learner)
    page = client.get(dialogue.url).content.decode()
    assert "Бетме-бет тренинг" in page and "Нарында, жумада бир" in page
    assert "Аяктады" not in page
    session = make_session(course, trainer, days=(D("4"),), settlement="Кочкор")
    register(session, make_participant(user=learner), 4)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        session_complete(session=session, by=trainer)
    page = client.get(dialogue.url).content.decode()
    assert "Аяктады: бетме-бет тренинг (Кочкор)" in page
