"""A class at once on the embedded default: 30 people register for a webinar, enrol in a course
and submit a quiz at the same moment, each through her own HTTP connection to a threaded live
server (as `make run`'s runserver serves them), each request on its own database connection.
Nobody gets an error and every row is stored."""

import threading

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client

from courses.models import Enrolment, LessonPage
from courses.services import enrolment_create
from quizzes.models import Attempt, QuestionBank
from tests.factories import UserFactory, build_course
from tests.quizzes.conftest import make_questions, make_quiz, place_quiz, right_answers
from tests.webinars.conftest import make_webinar
from webinars.models import Registration, WebinarSeriesPage

# Committed for real, so that the server's threads see it; the migrations' rows (roles, the
# home page) come back after the flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLASS = 30


def signed_in_sessions(people, base_url: str) -> list[requests.Session]:
    sessions = []
    for person in people:
        client = Client()
        client.force_login(person)
        session = requests.Session()
        session.cookies.set(
            settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value
        )
        sessions.append(session)
    return sessions


def all_at_once(sessions, base_url: str, page: str, action) -> list[str]:
    """Each person opens `page` (for her CSRF cookie), then all post together. Returns what went
    wrong, one line per person."""
    barrier = threading.Barrier(len(sessions))
    errors: list[str] = []

    def one(session: requests.Session):
        try:
            session.get(base_url + page, timeout=60).raise_for_status()
            token = session.cookies.get("csrftoken", "")
            barrier.wait(timeout=60)
            response = action(session, token)
            if response.status_code >= 400:
                errors.append(f"{response.status_code} {response.text[:200]}")
        except Exception as error:  # noqa: BLE001 (every failure is reported, not raised)
            errors.append(repr(error))

    threads = [threading.Thread(target=one, args=(session,)) for session in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def post(session, url: str, token: str, base_url: str, data=None):
    return session.post(
        base_url + url,
        data={"csrfmiddlewaretoken": token, **(data or {})},
        headers={"Referer": base_url + "/"},
        allow_redirects=False,
        timeout=60,
    )


@pytest.fixture
def server(django_db_setup, live_server):
    """The live server, started after the test database exists: started before, it would see
    SQLite's in-memory default and share one connection between all its threads."""
    assert not connection.is_in_memory_db() if connection.vendor == "sqlite" else True
    return live_server


@pytest.fixture
def people():
    return [UserFactory() for _ in range(CLASS)]


def test_a_class_registers_for_a_webinar_at_once(server, people):
    from wagtail.models import Page

    home = Page.objects.get(depth=2)
    series = home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))
    webinar = make_webinar(series, capacity=100)
    sessions = signed_in_sessions(people, server.url)
    register = f"/ky/webinars/{webinar.pk}/register/"

    errors = all_at_once(
        sessions,
        server.url,
        webinar.url,
        lambda session, token: post(session, register, token, server.url),
    )

    assert errors == []
    stored = Registration.objects.filter(webinar_key=webinar.translation_key)
    assert stored.count() == CLASS
    assert sorted(stored.values_list("position", flat=True)) == list(range(1, CLASS + 1))


def test_a_class_enrols_at_once(server, people, catalogue):
    course = build_course(catalogue)
    sessions = signed_in_sessions(people, server.url)
    enrol = f"/ky/learning/courses/{course.pk}/enrol/"

    errors = all_at_once(
        sessions,
        server.url,
        course.url,
        lambda session, token: post(session, enrol, token, server.url),
    )

    assert errors == []
    assert Enrolment.objects.filter(course_key=course.translation_key).count() == CLASS


def test_a_class_submits_a_quiz_at_once(server, people, catalogue):
    course = build_course(catalogue)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    quiz = make_quiz(make_questions(QuestionBank.objects.create(title="CEDAW")), pass_mark=80)
    lesson = place_quiz(lesson, quiz)
    for person in people:
        enrolment_create(user=person, course=course)
    sessions = signed_in_sessions(people, server.url)

    def start_and_submit(session, token):
        started = post(
            session,
            f"/ky/learning/quiz/{lesson.pk}/{_block(lesson)}/start/",
            token,
            server.url,
        )
        if started.status_code != 302:
            return started
        attempt = Attempt.objects.get(
            pk=int(started.headers["Location"].rstrip("/").split("/")[-1])
        )
        return post(
            session,
            f"/ky/learning/attempts/{attempt.pk}/",
            token,
            server.url,
            {"action": "submit", **right_answers(attempt)},
        )

    errors = all_at_once(sessions, server.url, lesson.url, start_and_submit)

    assert errors == []
    submitted = Attempt.objects.filter(
        lesson_key=lesson.translation_key, submitted_at__isnull=False
    )
    assert submitted.count() == CLASS
    assert all(attempt.passed for attempt in submitted)


def _block(lesson) -> str:
    return next(block.id for block in lesson.body if block.block_type == "quiz")
