"""Every certificates URL as anonymous, another learner, a trainer and a coordinator."""

import pytest

from certificates.models import PrintJob
from certificates.print_jobs import print_job_create
from tests.certificates.conftest import issue


@pytest.fixture
def certificate(learner, course, template, django_capture_on_commit_callbacks):
    return issue(learner, course, django_capture_on_commit_callbacks)


def test_only_the_holder_and_coordinators_download_a_certificate(
    client_for, certificate, learner, other_learner, trainer, coordinator, administrator
):
    url = f"/ky/certificates/{certificate.code}/download/"

    assert client_for(None).get(url).status_code == 302  # to sign in
    assert client_for(other_learner).get(url).status_code == 404
    assert client_for(trainer).get(url).status_code == 404
    for person in (learner, coordinator, administrator):
        response = client_for(person).get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_coordinator_pages_are_for_coordinators_and_administrators(
    client_for,
    certificate,
    learner,
    trainer,
    coordinator,
    administrator,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        job = print_job_create(
            certificate_ids=[certificate.pk], kind=PrintJob.Kind.PDF, by=coordinator
        )
    urls = [
        "/ky/certificates/register/",
        "/ky/reports/certificates/counts.csv",
        "/ky/reports/certificates/counts.xlsx",
        f"/ky/certificates/manage/{certificate.pk}/",
        f"/ky/certificates/print/{job.pk}/",
        f"/ky/certificates/print/{job.pk}/download/",
    ]
    for url in urls:
        assert client_for(None).get(url).status_code == 302, url
        assert client_for(learner).get(url).status_code == 403, url
        assert client_for(trainer).get(url).status_code == 403, url
        assert client_for(coordinator).get(url).status_code == 200, url
        assert client_for(administrator).get(url).status_code == 200, url
    for url in ["/ky/certificates/register/print/", f"/ky/certificates/print/{job.pk}/retry/"]:
        assert client_for(learner).post(url).status_code == 403, url
        assert client_for(trainer).post(url).status_code == 403, url


def test_learners_cannot_revoke_or_correct(client_for, certificate, learner, trainer):
    url = f"/ky/certificates/manage/{certificate.pk}/"
    for person in (learner, trainer):
        client_for(person).post(url, {"action": "revoke", "reason": "x"})
        client_for(person).post(url, {"action": "correct", "name": "Башка"})
    certificate.refresh_from_db()
    assert certificate.status == "valid" and certificate.holder_name == learner.full_name


def test_the_register_is_linked_for_coordinators_and_verification_for_everyone(
    client_for, learner, trainer, coordinator
):
    for person, sees_register in [
        (None, False),
        (learner, False),
        (trainer, False),
        (coordinator, True),
    ]:
        page = client_for(person).get("/ky/learning/" if person else "/ky/certificates/verify/")
        assert ('href="/ky/certificates/register/"' in page.text) is sees_register
        assert 'href="/ky/certificates/verify/"' in page.text
