"""Odd values in every query parameter and form field of the learner and coordinator pages get a
page, a message, a 400 or a 404, never a 500. Runs on SQLite and, with DATABASE_URL, on
PostgreSQL (which refuses NUL in text and numbers out of range where SQLite does not)."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from courses.services import enrolment_create
from quizzes.models import Attempt
from quizzes.services import attempt_start
from tests.certificates.conftest import complete
from tests.factories import UserFactory
from tests.helpers import translated
from tests.quizzes.conftest import BLOCK_ID, make_questions, make_quiz, place_quiz
from tests.webinars.conftest import make_webinar
from webinars.models import AttendanceRow, WebinarSeriesPage

ODD = [
    "\x00",
    "a\x00b",
    "²",
    "٣𝟗",
    "99999999999999999999",
    "-1",
    "x" * 5000,
    "\u202e\ufeff😀\u0301",
    "' OR 1=1 --",
    '"*)(%_',
]


@pytest.fixture
def world(db, catalogue, course, lessons, coordinator, learner):
    from quizzes.models import QuestionBank

    quiz = make_quiz(make_questions(QuestionBank.objects.create(title="CEDAW")), pass_mark=80)
    lesson = place_quiz(lessons[0], quiz)
    enrolment_create(user=learner, course=course)
    attempt = attempt_start(user=learner, lesson=lesson, block_id=BLOCK_ID)
    home = catalogue.get_parent()
    series = home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))
    webinar = make_webinar(series, start=timezone.now() + timedelta(days=2), capacity=10)
    complete(UserFactory(), course)
    return {
        "catalogue": catalogue,
        "course": course,
        "lesson": lesson,
        "attempt": attempt,
        "webinar": webinar,
    }


def requests_of(world):
    """(who, method, url, the fields with a good value each)."""
    course, lesson, attempt, webinar = (
        world[key] for key in ("course", "lesson", "attempt", "webinar")
    )
    quiz_fields = {"action": "save", "page": "0", **{f"q-{i}": "1" for i in range(5)}}
    quiz_fields.update({f"q-4-{c['id']}": "1" for c in attempt.questions[4].get("choices", [])})
    profile = {
        "email": "aigul@example.kg",
        "full_name": "Айгүл",
        "latin_name": "Aigul",
        "gender": "woman",
        "birth_year": "1990",
        "region": "naryn",
        "country": "KG",
        "settlement_type": "rural",
        "organisation": "НКО",
        "preferred_language": "ky",
        "target_groups": "youth",
    }
    return [
        (None, "get", world["catalogue"].url, {"q": "CEDAW", "group": "youth", "track": "x"}),
        (None, "get", course.url, {"page": "1"}),
        ("learner", "get", "/ky/learning/", {"page": "1", "q": "x"}),
        ("learner", "get", "/ky/account/", {"next": "/"}),
        ("learner", "post", "/ky/account/", profile),
        (None, "post", "/ky/account/sign-up/", {**profile, "password1": "p", "password2": "p"}),
        (None, "post", "/ky/account/sign-in/", {"username": "a@b.kg", "password": "p"}),
        ("learner", "post", f"/ky/learning/courses/{course.pk}/enrol/", {"key": "TOT"}),
        ("learner", "post", f"/ky/learning/lessons/{lesson.pk}/done/", {"next_page": "1"}),
        ("learner", "get", lesson.url, {"page": "1"}),
        ("learner", "get", f"/ky/learning/attempts/{attempt.pk}/", {"page": "0"}),
        ("learner", "post", f"/ky/learning/attempts/{attempt.pk}/", quiz_fields),
        ("learner", "get", webinar.url, {"listen": "audio"}),
        ("learner", "post", f"/ky/webinars/{webinar.pk}/register/", {"next": "/"}),
        ("coordinator", "get", f"/ky/webinars/{webinar.pk}/report/", {"csv": "counts"}),
        (
            "coordinator",
            "post",
            f"/ky/webinars/{webinar.pk}/report/",
            {"row": "1", "registration": "1"},
        ),
        (
            "coordinator",
            "get",
            "/ky/certificates/register/",
            {
                "course": str(course.translation_key),
                "start": "2026-01-01",
                "end": "2026-12-31",
                "region": "naryn",
                "group": "youth",
                "gender": "woman",
                "status": "valid",
                "page": "1",
            },
        ),
        ("coordinator", "get", "/ky/reports/certificates/counts.csv", {"region": "naryn"}),
        (
            "coordinator",
            "post",
            "/ky/certificates/register/print/",
            {"certificate": "1", "kind": "pdf", "scope": "selected"},
        ),
        (None, "get", "/ky/certificates/verify/", {"code": "ABCD-EFGH"}),
        ("coordinator", "get", f"/ky/learning/courses/{course.pk}/cohort/", {"x": "1"}),
        (
            "coordinator",
            "get",
            f"/ky/learning/quiz/{lesson.pk}/{BLOCK_ID}/results/",
            {"download": "attempts"},
        ),
    ]


def test_odd_values_in_every_field_never_give_a_500(world, learner, coordinator):
    people = {"learner": learner, "coordinator": coordinator}
    clients = {}
    for who in (None, "learner", "coordinator"):
        clients[who] = Client(raise_request_exception=False)
        if who:
            clients[who].force_login(people[who])
    failures = []
    for who, method, url, fields in requests_of(world):
        for name in fields:
            for odd in ODD:
                data = {**fields, name: odd}
                response = getattr(clients[who], method)(url, data)
                if response.status_code >= 500:
                    failures.append(f"{method} {url} {name}={odd[:12]!r}: {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("odd", ["99999999999999999999", "²", "-1"])
def test_odd_ids_in_addresses_are_not_found(world, coordinator, odd):
    client = Client(raise_request_exception=False)
    client.force_login(coordinator)
    for method, url in [
        ("post", f"/ky/learning/courses/{odd}/enrol/"),
        ("post", f"/ky/webinars/{odd}/register/"),
        ("get", f"/ky/learning/attempts/{odd}/"),
        ("get", f"/ky/certificates/manage/{odd}/"),
        ("get", f"/ky/certificates/verify/{odd}/"),
        ("get", f"/ky/people/{odd}/"),
        ("get", f"/ky/courses/{odd}/"),
    ]:
        assert getattr(client, method)(url).status_code == 404, url


def test_a_nul_in_the_address_is_refused_in_her_language(client_for, learner):
    response = client_for(learner).get("/ky/courses/", {"q": "\x00"})
    assert response.status_code == 400
    assert translated("The address or the form contains a character that is not allowed.") in (
        response.content.decode()
    )
    form = client_for(None).post("/ky/account/sign-up/", {"full_name": "Айгүл\x00"})
    assert form.status_code == 400


def test_the_print_form_refuses_an_odd_certificate_number(client_for, coordinator, db):
    response = client_for(coordinator).post(
        "/ky/certificates/register/print/", {"certificate": "²", "kind": "pdf"}, follow=True
    )
    assert response.status_code == 200
    assert translated("Select at least one certificate to print.") in response.content.decode()


def test_a_page_number_in_other_digits_opens_the_first_page(world, learner, client_for):
    response = client_for(learner).get(f"/ky/learning/attempts/{world['attempt'].pk}/?page=²")
    assert response.status_code == 200
    assert response.context["page"] == 0


def _report(*rows: str) -> SimpleUploadedFile:
    text = "name,email,join time,leave time\n" + "\n".join(rows)
    return SimpleUploadedFile("zoom.csv", text.encode(), content_type="text/csv")


def test_an_attendance_row_with_an_over_long_name_is_a_row_error(world, coordinator, client_for):
    webinar = world["webinar"]
    long_name = "Айгүл " * 60
    response = client_for(coordinator).post(
        f"/ky/webinars/{webinar.pk}/report/",
        {
            "report": _report(
                f"{long_name},aigul@example.kg,2026-12-01 14:00,2026-12-01 15:00",
                "Бермет,bermet@example.kg,2026-12-01 14:00,2026-12-01 15:00",
            )
        },
        follow=True,
    )
    assert response.status_code == 200
    assert translated("Row %(row)s: the name or the email is too long.") % {"row": 2} in (
        response.content.decode()
    )
    assert list(AttendanceRow.objects.values_list("name", flat=True)) == ["Бермет"]


@pytest.mark.parametrize(
    "cell",
    ["a\x00b", "x" * 5000, "99999999999999999999", "²"],
)
def test_odd_cells_in_uploaded_files_are_messages(world, coordinator, client_for, cell):
    client = client_for(coordinator)
    webinar, course = world["webinar"], world["course"]
    for row in (
        f"{cell},{cell}@example.kg,2026-12-01 14:00,2026-12-01 15:00",
        f"Айгүл,aigul@example.kg,{cell},2026-12-01 15:00",
    ):
        response = client.post(f"/ky/webinars/{webinar.pk}/report/", {"report": _report(row)})
        assert response.status_code == 302
    cohort = SimpleUploadedFile(
        "list.csv",
        f"email,full_name,region,gender,target_groups\n{cell}@example.kg,{cell},{cell},{cell},{cell}\n".encode(),
        content_type="text/csv",
    )
    response = client.post(f"/ky/learning/courses/{course.pk}/cohort/", {"file": cohort})
    assert response.status_code == 200


def test_odd_quiz_answers_leave_the_attempt_as_it_was(world, learner, client_for):
    attempt = world["attempt"]
    client = client_for(learner)
    for odd in ODD:
        response = client.post(
            f"/ky/learning/attempts/{attempt.pk}/", {"action": "save", "q-0": odd, "q-3": odd}
        )
        assert response.status_code in (200, 302, 400)  # 400: a NUL
    assert Attempt.objects.get(pk=attempt.pk).submitted_at is None


def test_a_search_with_a_group_filter_and_quotes_finds_the_course(course, youth, client_for):
    course.audience.add(youth)
    course.save()
    client = client_for(None)
    for q in ["CEDAW", '"CEDAW', "(негиздери*"]:
        response = client.get(course.get_parent().url, {"group": "youth", "q": q})
        assert response.status_code == 200, q
        assert course.title in response.content.decode(), q
