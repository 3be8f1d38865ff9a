"""With the broker unreachable, a completion still issues its certificate ("pending") and a
print job is still created ("queued"); neither request fails. Beat renders the certificate
once the worker can."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.models import Certificate, PrintJob
from certificates.tasks import certificates_render_pending
from tests.certificates.conftest import issue
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_certificate_issued_while_the_broker_is_down_is_rendered_later(
    course, template, broker_down, monkeypatch, django_capture_on_commit_callbacks
):
    certificate = issue(UserFactory(), course, django_capture_on_commit_callbacks)
    assert certificate.rendering == Certificate.Rendering.PENDING

    monkeypatch.undo()
    Certificate.objects.update(issued_at=timezone.now() - timedelta(hours=1))
    assert certificates_render_pending() == 1
    certificate.refresh_from_db()
    assert certificate.rendering == Certificate.Rendering.READY and certificate.pdf


def test_printing_while_the_broker_is_down_answers_and_the_job_waits(
    client_for, coordinator, course, template, broker_down, django_capture_on_commit_callbacks
):
    certificate = issue(UserFactory(), course, django_capture_on_commit_callbacks)
    client = client_for(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/ky/certificates/register/print/",
            {"certificate": [certificate.pk], "kind": "pdf", "scope": "selected"},
        )
    job = PrintJob.objects.get()
    assert response.status_code == 302 and response.url == f"/ky/certificates/print/{job.pk}/"
    assert job.status == PrintJob.Status.QUEUED
    assert client.get(response.url).status_code == 200
