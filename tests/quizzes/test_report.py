"""The results of a quiz for trainers and coordinators."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services import enrolment_create
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.helpers import translated
from tests.quizzes.conftest import BLOCK_ID, right_answers, wrong_answers


def report_url(lesson):
    return f"/ky/learning/quiz/{lesson.pk}/{BLOCK_ID}/results/"


def take(client, lesson, answers):
    client.post(f"/ky/learning/quiz/{lesson.pk}/{BLOCK_ID}/start/")
    attempt = Attempt.objects.filter(status="in_progress").get()
    client.post(f"/ky/learning/attempts/{attempt.pk}/", {"action": "submit", **answers(attempt)})
    return Attempt.objects.get(pk=attempt.pk)


@pytest.fixture
def results(client_for, course, quiz_lesson):
    """Three learners: one passes at once, one fails then passes, one fails."""
    people = [
        UserFactory(full_name=name) for name in ("Айгүл Өмүрова", "Нурлан Ңаматов", "Үмүт Бекова")
    ]
    for person in people:
        enrolment_create(user=person, course=course)
    first, second, third = (client_for(p) for p in people)
    take(first, quiz_lesson, right_answers)
    take(second, quiz_lesson, wrong_answers)
    take(second, quiz_lesson, right_answers)
    take(third, quiz_lesson, wrong_answers)
    return people


def test_the_figures(client_for, coordinator, quiz_lesson, results):
    response = client_for(coordinator).get(report_url(quiz_lesson))
    stats = response.context["stats"]
    assert len(stats.attempts) == 4
    assert stats.learners == 3 and stats.learners_passed == 2 and stats.pass_rate == 67
    assert stats.average == 50  # (100 + 0 + 100 + 0) / 4
    by_text = {q.text: q for q in stats.questions}
    # The single choice question: right in the two passing attempts only.
    single = by_text["CEDAW качан кабыл алынган?"]
    assert (single.asked, single.right, single.share_right) == (4, 2, 50)
    # The ordering question was left blank in the failing attempts: never right there either.
    assert by_text["Баяндаманын кадамдарын иретке келтириңиз."].right == 2


def test_a_coordinator_sees_names_and_downloads_csv(client_for, coordinator, quiz_lesson, results):
    client = client_for(coordinator)
    page = client.get(report_url(quiz_lesson)).content.decode()
    assert "Нурлан Ңаматов" in page
    download = client.get(report_url(quiz_lesson) + "?download=attempts")
    assert download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert rows[0][0] == translated("Learner")
    assert sorted(row[0] for row in rows[1:]) == sorted(
        ["Айгүл Өмүрова", "Нурлан Ңаматов", "Нурлан Ңаматов", "Үмүт Бекова"]
    )
    questions = list(
        csv.reader(
            io.StringIO(
                client.get(report_url(quiz_lesson) + "?download=questions").content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert ["CEDAW качан кабыл алынган?", "4", "2", "50"] in questions


def test_a_trainer_of_the_course_sees_her_learners(
    client_for, trainer, course, quiz_lesson, results
):
    course.trainers.add(trainer)
    course.save()
    client = client_for(trainer)
    response = client.get(report_url(quiz_lesson))
    assert response.status_code == 200
    assert "Нурлан Ңаматов" in response.content.decode()
    download = client.get(report_url(quiz_lesson) + "?download=attempts").content.decode(
        "utf-8-sig"
    )
    assert "Нурлан Ңаматов" in download


@pytest.mark.parametrize("who", ["learner", "trainer"])
def test_learners_and_other_trainers_are_refused(request, client_for, who, quiz_lesson, results):
    person = request.getfixturevalue(who)
    assert client_for(person).get(report_url(quiz_lesson)).status_code == 403
    assert client_for(person).get(report_url(quiz_lesson) + "?download=attempts").status_code == 403


def test_anonymous_is_sent_to_sign_in(client_for, quiz_lesson):
    response = client_for(None).get(report_url(quiz_lesson))
    assert response.status_code == 302 and "/sign-in/" in response["Location"]


def test_a_name_is_not_a_spreadsheet_formula(client_for, coordinator, course, quiz_lesson):
    person = UserFactory(full_name='=HYPERLINK("x")')
    enrolment_create(user=person, course=course)
    take(client_for(person), quiz_lesson, wrong_answers)
    download = client_for(coordinator).get(report_url(quiz_lesson) + "?download=attempts")
    assert "'=HYPERLINK" in download.content.decode("utf-8-sig")


def test_queries_stay_flat_as_attempts_grow(client_for, coordinator, course, quiz_lesson):
    client = client_for(coordinator)
    people = [UserFactory() for _ in range(6)]
    for person in people[:2]:
        enrolment_create(user=person, course=course)
        take(client_for(person), quiz_lesson, wrong_answers)
    with CaptureQueriesContext(connection) as few:
        client.get(report_url(quiz_lesson))
    for person in people[2:]:
        enrolment_create(user=person, course=course)
        take(client_for(person), quiz_lesson, right_answers)
    with CaptureQueriesContext(connection) as more:
        client.get(report_url(quiz_lesson))
    assert len(more) == len(few)


def test_the_results_page_lists_the_questions_with_their_right_answers(
    client_for, coordinator, quiz_lesson
):
    page = client_for(coordinator).get(report_url(quiz_lesson)).content.decode()
    assert translated("The questions and their right answers") in page
    assert "✓ 1979" in page and "✓ 1995" not in page
    assert "✓ Бириккен Улуттар Уюму; БУУ" in page
    assert "1. Даярдоо" in page and "3. Талкуулоо" in page
