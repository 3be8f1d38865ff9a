"""A person downloads all that is held about her, and only about her (issue 12.7)."""

import json
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from certificates.services import certificate_issue
from courses.models import LessonProgress
from h5p.models import H5PStatement
from quizzes.models import Attempt
from tests.certificates.conftest import complete
from tests.factories import UserFactory, build_course
from tests.helpers import translated
from webinars.models import Registration

URL = "/ky/account/my-data/"


def record_work(person, course):
    """An enrolment with progress, a quiz attempt, an H5P result, a webinar registration and a
    certificate, each marked with her name."""
    enrolment = complete(person, course)
    LessonProgress.objects.create(enrolment=enrolment, lesson_key=uuid.uuid4())
    Attempt.objects.create(
        user=person,
        enrolment=enrolment,
        lesson_key=uuid.uuid4(),
        block_id="quiz-1",
        quiz_key=uuid.uuid4(),
        quiz_title=f"Тест: {person.full_name}",
        language="ky",
        number=1,
        pass_mark=60,
        show_answers="never",
        questions=[{"answer_key": "СЕКРЕТ"}],
        answers={"q1": "б"},
        score=80,
        passed=True,
    )
    H5PStatement.objects.create(
        enrolment=enrolment,
        lesson_key=uuid.uuid4(),
        block_id="h5p-1",
        verb="answered",
        statement={"actor": {"name": person.full_name}},
        is_attempt=True,
        percent=90,
    )
    Registration.objects.create(
        user=person, webinar_key=uuid.uuid4(), status=Registration.Status.REGISTERED, position=1
    )
    certificate_issue(enrolment=enrolment, course=course)


@pytest.fixture
def survivor(db, survivors):
    return UserFactory(full_name="Бермет Ырысбекова", birth_year=1990, target_groups=[survivors])


def download(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="tendik-my-data-')
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


def test_the_file_holds_all_of_hers_and_nothing_of_another(
    client_for, survivor, other_learner, course, survivors
):
    other_learner.full_name = "Чолпон Сыдыкова"
    other_learner.save()
    record_work(survivor, course)
    record_work(other_learner, course)

    data = download(client_for(survivor))

    assert data["profile"]["full_name"] == "Бермет Ырысбекова"
    assert data["profile"]["birth_year"] == 1990
    assert [group["slug"] for group in data["target_groups"]] == ["survivors"]
    assert len(data["enrolments"]) == 1 and data["enrolments"][0]["completed_at"]
    assert len(data["lesson_progress"]) == 1
    assert data["quiz_attempts"][0]["answers"] == {"q1": "б"}
    assert data["h5p_results"][0]["percent"] == 90
    assert len(data["webinar_registrations"]) == 1
    assert data["certificates"][0]["holder_name"] == "Бермет Ырысбекова"
    assert data["certificates"][0]["target_groups"] == ["survivors"]
    text = json.dumps(data, ensure_ascii=False)
    assert "Чолпон Сыдыкова" not in text and other_learner.email not in text
    assert "СЕКРЕТ" not in text  # the quiz's answer key is the quiz's, not hers
    assert "password" not in text


def test_queries_stay_flat(client_for, survivor, course, catalogue):
    client = client_for(survivor)
    record_work(survivor, course)
    client.get(URL)  # the session's first request asks once what it may (the staff idle check)
    with CaptureQueriesContext(connection) as one:
        client.get(URL)
    for n in range(3):
        record_work(survivor, build_course(catalogue, title=f"Курс {n}", modules=1, lessons=1))
    with CaptureQueriesContext(connection) as four:
        client.get(URL)
    assert len(four) == len(one)


def test_anonymous_is_sent_to_sign_in(client_for):
    response = client_for().get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/ky/account/sign-in/")


def test_the_profile_page_links_to_the_file(client_for, learner):
    html = client_for(learner).get("/ky/account/").content.decode()
    assert URL in html and translated("Download my data") in html


def test_a_post_is_refused(client_for, learner):
    assert client_for(learner).post(URL).status_code == 405


def test_no_parameter_opens_another_persons_data(client_for, learner, other_learner, course):
    record_work(other_learner, course)
    data = json.loads(client_for(learner).get(f"{URL}?user={other_learner.pk}").content)
    assert data["profile"]["email"] == learner.email
    assert data["enrolments"] == [] and data["certificates"] == []


@pytest.mark.parametrize("viewer", ["other_learner", "trainer", "coordinator", "administrator"])
def test_every_role_gets_her_own_file_only(request, client_for, survivor, course, viewer):
    course.trainers.add(request.getfixturevalue("trainer"))
    record_work(survivor, course)
    person = request.getfixturevalue(viewer)
    data = download(client_for(person))
    assert data["profile"]["email"] == person.email
    text = json.dumps(data, ensure_ascii=False)
    assert "Бермет Ырысбекова" not in text and survivor.email not in text
    assert "survivors" not in text


def test_the_delete_page_offers_the_file_first(client_for, learner):
    html = client_for(learner).get("/ky/account/delete/").content.decode()
    assert URL in html
