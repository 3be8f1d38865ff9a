"""A participant completes a session on the required share of its hours and, where asked, its
post-test; closing it records that once and announces it."""

from decimal import Decimal

import pytest
from django.db import transaction

from quizzes.models import QuestionBank
from tests.quizzes.conftest import make_questions, make_quiz
from tests.trainings.completion_fixtures import (
    make_participant,
    make_session,
    pass_online,
    register,
)
from trainings.completion import registration_completion, session_complete, session_completion
from trainings.models import Headcount, Registration
from trainings.signals import session_completed

D = Decimal


@pytest.fixture
def session(course, trainer):
    return make_session(course, trainer, days=(D("5"), D("5")))  # ten hours


@pytest.fixture
def quiz(db):
    return make_quiz(make_questions(QuestionBank.objects.create(title="Суроолор")))


def test_eighty_percent_of_the_hours_completes_seventy_nine_does_not(session):
    short = register(session, make_participant(full_name="Айпери"), D("5"), D("2.9"))
    enough = register(session, make_participant(full_name="Бермет"), D("5"), D("3"))
    states = {state.registration.pk: state for state in session_completion(session)}
    assert states[short.pk].hours == D("7.9") and not states[short.pk].completed
    assert states[short.pk].attended_share == 79
    assert states[enough.pk].hours == D("8") and states[enough.pk].completed
    assert states[enough.pk].attended_share == 80


def test_present_with_no_hours_typed_is_the_whole_day_and_hours_are_capped(session):
    registration = register(session, make_participant(), D("0"), D("9"))  # 9 of a 5-hour day
    state = registration_completion(registration)
    assert state.hours == D("10")


def test_absent_days_count_nothing(session):
    registration = register(session, make_participant(), D("5"), None)
    state = registration_completion(registration)
    assert state.hours == D("5") and not state.completed
    assert state.missing() == ["Талап кылынган 8 сааттын 5 саатына катышты"]


def test_a_session_sets_its_own_share(course, trainer):
    session = make_session(course, trainer, days=(D("4"), D("4")), required_share=50)
    below = register(session, make_participant(full_name="Айпери"), D("3.9"), None)
    at = register(session, make_participant(full_name="Бермет"), D("4"), None)
    assert not registration_completion(below).completed
    assert registration_completion(at).completed


def test_post_test_on_paper_or_online_or_failed(course, trainer, learner, quiz):
    session = make_session(course, trainer, post_test=quiz)
    paper = register(session, make_participant(full_name="Айпери"), 5, 5, post_test_passed=True)
    failed = register(session, make_participant(full_name="Бермет"), 5, 5, post_test_passed=False)
    untested = register(session, make_participant(full_name="Жибек"), 5, 5)
    online = register(session, make_participant(user=learner, full_name="Динара"), 5, 5)
    pass_online(learner, quiz, course)
    states = {state.registration.pk: state for state in session_completion(session)}
    assert states[paper.pk].completed
    assert states[online.pk].completed and states[online.pk].passed_online
    assert not states[failed.pk].completed
    assert states[failed.pk].missing() == ["Жыйынтыктоочу тесттен өткөн жок"]
    assert not states[untested.pk].completed
    assert states[untested.pk].missing() == ["Жыйынтыктоочу тест тапшырыла элек"]


def test_an_online_attempt_that_failed_or_came_before_the_session_does_not_count(
    course, trainer, learner, other_learner, quiz
):
    from django.utils import timezone

    session = make_session(course, trainer, post_test=quiz)
    failed = register(session, make_participant(user=learner), 5, 5)
    early = register(session, make_participant(user=other_learner, full_name="Бермет"), 5, 5)
    pass_online(learner, quiz, course, passed=False)
    pass_online(
        other_learner, quiz, course, when=timezone.make_aware(timezone.datetime(2026, 11, 1, 12))
    )
    assert not registration_completion(failed).completed
    assert not registration_completion(early).completed


def test_closing_records_completion_once_and_announces_it_after_commit(
    session, trainer, django_capture_on_commit_callbacks
):
    done = register(session, make_participant(full_name="Айпери"), 5, 4)
    not_done = register(session, make_participant(full_name="Бермет"), 5, None)
    heard = []

    def listener(sender, registration, hours, **kwargs):
        heard.append(registration.pk)
        assert hours == D("9")  # the hours she attended, computed once for the session

    session_completed.connect(listener, dispatch_uid="test-listener")
    try:
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            newly = session_complete(session=session, by=trainer)
            assert heard == []  # not before the commit
        assert [r.pk for r in newly] == [done.pk]
        assert heard == [done.pk]
        first = Registration.objects.get(pk=done.pk).completed_at
        assert first is not None
        assert Registration.objects.get(pk=not_done.pk).completed_at is None
        # Closed again (a coordinator corrects the session and closes it anew): nothing twice.
        with django_capture_on_commit_callbacks(execute=True):
            assert session_complete(session=session, by=trainer) == []
        assert heard == [done.pk]
        assert Registration.objects.get(pk=done.pk).completed_at == first
    finally:
        session_completed.disconnect(dispatch_uid="test-listener")


def test_a_headcount_completes_nobody(session, trainer, django_capture_on_commit_callbacks):
    Headcount.objects.create(
        session=session, day=session.days.first(), gender="woman", age_band="18_29", count=120
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert session_complete(session=session, by=trainer) == []
