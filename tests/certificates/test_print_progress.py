"""A print job says what it prints (the merged PDF's title is the job's, not one person's
name) and its progress moves certificate by certificate, not chunk by chunk."""

import io

import pytest
from pypdf import PdfReader

from certificates import print_jobs, rendering
from certificates.models import PrintJob
from tests.certificates.conftest import issue
from tests.factories import UserFactory

NAMES = ["Айгүл Өмүрова", "Нурлан Үсөнов", "Жылдыз Ңурланова", "Бакыт Асанов"]


@pytest.fixture
def cohort(course, template, django_capture_on_commit_callbacks, settings):
    settings.CERTIFICATE_PRINT_CHUNK = 50  # one chunk: progress must still move
    return [
        issue(UserFactory(full_name=name), course, django_capture_on_commit_callbacks)
        for name in NAMES
    ]


def print_all(client, certificates, capture, kind="pdf"):
    with capture(execute=True):
        return client.post(
            "/ky/certificates/register/print/",
            {"certificate": [c.pk for c in certificates], "kind": kind, "scope": "selected"},
        )


@pytest.mark.parametrize("kind", ["pdf", "zip"])
def test_progress_is_stored_after_each_certificate(
    kind, client_for, coordinator, cohort, django_capture_on_commit_callbacks, monkeypatch
):
    if kind == "zip":  # each certificate's own PDF is rendered again for the ZIP
        for certificate in cohort:
            certificate.rendering = certificate.Rendering.PENDING
            certificate.save()
    seen = []
    layout_document = rendering._layout_document

    def watched(html):
        # As a certificate starts rendering, the job page reads how many are done.
        job = PrintJob.objects.get()
        seen.append(print_jobs.progress(job)["done"])
        return layout_document(html)

    monkeypatch.setattr(rendering, "_layout_document", watched)
    client = client_for(coordinator)
    print_all(client, cohort, django_capture_on_commit_callbacks, kind)

    assert seen == [0, 1, 2, 3]
    job = PrintJob.objects.get()
    assert print_jobs.progress(job) == {"done": 4, "total": 4, "percent": 100}


def test_a_cohort_pdf_is_titled_by_the_job_not_by_one_person(
    client_for, coordinator, cohort, course, django_capture_on_commit_callbacks
):
    client = client_for(coordinator)
    response = print_all(client, cohort, django_capture_on_commit_callbacks)
    job = PrintJob.objects.get()
    day = cohort[0].completed_on

    from django.utils import formats, translation

    with translation.override("ky"):
        expected = f"{course.title}, {formats.date_format(day, 'DATE_FORMAT')}: 4 сертификат"
    assert job.title == expected
    data = b"".join(client.get(f"/ky/certificates/print/{job.pk}/download/").streaming_content)
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == expected
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert expected in xmp and not any(name in xmp for name in NAMES)
    assert expected in client.get(response.url).text
