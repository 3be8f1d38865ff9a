"""The session's completion page (post-test typed in from paper) and its certificates page (print
all as one PDF), for its trainers and coordinators."""

from decimal import Decimal

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from certificates.models import PrintJob
from quizzes.models import QuestionBank
from tests.quizzes.conftest import make_questions, make_quiz
from tests.trainings.completion_fixtures import make_participant, make_session, register
from trainings.completion import session_complete
from trainings.models import Registration, Session

D = Decimal


def url(name, session, **kwargs):
    with translation.override("ky"):
        return reverse(name, kwargs={"session_id": session.pk, **kwargs})


@pytest.fixture
def session(course, trainer, db):
    quiz = make_quiz(make_questions(QuestionBank.objects.create(title="Суроолор")))
    return make_session(course, trainer, post_test=quiz)


def test_the_trainer_types_in_the_paper_post_test(session, trainer, client_for):
    passed = register(session, make_participant(full_name="Айпери Асанова"), 5, 5)
    failed = register(session, make_participant(full_name="Бермет Осмонова"), 5, 5)
    client = client_for(trainer)
    page = client.get(url("trainings:completion", session)).content.decode()
    assert "Айпери Асанова" in page and "10 сааттын 10 (100 %)" in page
    assert "Жыйынтыктоочу тест тапшырыла элек" in page
    response = client.post(
        url("trainings:completion", session),
        {f"post_test-{passed.pk}": "passed", f"post_test-{failed.pk}": "failed"},
    )
    assert response.status_code == 302
    assert Registration.objects.get(pk=passed.pk).post_test_passed is True
    assert Registration.objects.get(pk=failed.pk).post_test_passed is False
    page = client.get(response["Location"]).content.decode()
    assert "Жыйынтыктоочу тесттин натыйжалары сакталды (2 өзгөрдү)." in page
    assert "Ооба, тренинг жабылганда жазылат" in page


def test_a_closed_session_s_post_test_changes_only_by_a_coordinator(
    session, trainer, coordinator, client_for
):
    registration = register(session, make_participant(), 5, 5)
    Session.objects.filter(pk=session.pk).update(status=Session.Status.CLOSED)
    target = url("trainings:completion", session)
    page = client_for(trainer).get(target).content.decode()
    assert "Тесттин натыйжаларын сактоо" not in page  # she still reads it
    assert (
        client_for(trainer).post(target, {f"post_test-{registration.pk}": "passed"}).status_code
        == 404
    )
    assert Registration.objects.get(pk=registration.pk).post_test_passed is None
    client_for(coordinator).post(target, {f"post_test-{registration.pk}": "passed"})
    assert Registration.objects.get(pk=registration.pk).post_test_passed is True


def test_a_co_trainer_prints_the_session_s_certificates_as_one_pdf(
    course, trainer, other_trainer, client_for, django_capture_on_commit_callbacks
):
    session = make_session(course, trainer, days=(D("4"),))
    session.co_trainers.add(other_trainer)
    register(session, make_participant(full_name="Айпери Асанова"), 4)
    register(session, make_participant(full_name="Бермет Осмонова"), 4)
    register(session, make_participant(full_name="Жибек Токтогулова"), None)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        session_complete(session=session, by=trainer)
    client = client_for(other_trainer)
    page = client.get(url("certificates:session_certificates", session)).content.decode()
    assert "Айпери Асанова" in page and "Бермет Осмонова" in page
    assert "Жибек Токтогулова" not in page
    assert "Аккаунту жок: жеке коду басылат" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("certificates:session_print", session))
    job = PrintJob.objects.get()
    assert job.created_by == other_trainer and job.total == 2
    assert response["Location"].endswith(f"/certificates/print/{job.pk}/")
    job.refresh_from_db()
    assert job.status == PrintJob.Status.DONE
    download = client.get(reverse("certificates:print_job_download", kwargs={"job_id": job.pk}))
    assert download.status_code == 200
    from tests.certificates.conftest import page_count

    assert (
        page_count(b"".join(download.streaming_content) if download.streaming else download.content)
        == 2
    )


def test_nobody_else_prints_them(session, other_trainer, learner, client_for):
    register(session, make_participant(user=learner), 5, 5)
    for person in (other_trainer, learner):
        assert (
            client_for(person).post(url("certificates:session_print", session)).status_code == 404
        )
    assert not PrintJob.objects.exists()
