"""Printing a selection: one merged PDF, one certificate a page, or a ZIP of PDFs."""

import io
import zipfile

import pytest

from certificates.models import PrintJob
from tests.certificates.conftest import issue, page_count, pdf_text
from tests.factories import UserFactory
from tests.helpers import translated


@pytest.fixture
def cohort(course, template, django_capture_on_commit_callbacks, settings):
    settings.CERTIFICATE_PRINT_CHUNK = 2  # several chunks even for a small cohort
    names = [
        "Айгүл Өмүрова",
        "Нурлан Үсөнов",
        "Жылдыз Ңурланова",
        "Бакыт Асанов",
        "Чолпон Кадырова",
    ]
    return [
        issue(UserFactory(full_name=name), course, django_capture_on_commit_callbacks)
        for name in names
    ]


def print_selection(client, certificates, kind, capture):
    with capture(execute=True):
        response = client.post(
            "/ky/certificates/register/print/",
            {"certificate": [c.pk for c in certificates], "kind": kind, "scope": "selected"},
        )
    return response


def test_a_selection_prints_as_one_pdf_one_certificate_a_page(
    client_for, coordinator, cohort, django_capture_on_commit_callbacks
):
    client = client_for(coordinator)
    response = print_selection(client, cohort, "pdf", django_capture_on_commit_callbacks)

    job = PrintJob.objects.get()
    assert response.url == f"/ky/certificates/print/{job.pk}/"
    assert job.status == PrintJob.Status.DONE and job.chunks.count() == 3
    page = client.get(response.url)
    assert translated("Download") in page.text
    data = b"".join(client.get(f"/ky/certificates/print/{job.pk}/download/").streaming_content)
    assert page_count(data) == 5
    text = pdf_text(data)
    for certificate in cohort:
        assert text.count(certificate.holder_name) == 1


def test_a_selection_downloads_as_a_zip_of_pdfs(
    client_for, coordinator, cohort, django_capture_on_commit_callbacks
):
    client = client_for(coordinator)
    print_selection(client, cohort[:3], "zip", django_capture_on_commit_callbacks)

    job = PrintJob.objects.get()
    data = b"".join(client.get(f"/ky/certificates/print/{job.pk}/download/").streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert len(names) == 3
        assert all(archive.read(name).startswith(b"%PDF-") for name in names)
    assert cohort[0].code in names[0]


def test_printing_all_that_match_the_filter(
    client_for, coordinator, cohort, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(coordinator).post(
            "/ky/certificates/register/print/?gender=woman", {"kind": "pdf", "scope": "all"}
        )

    assert PrintJob.objects.get().total == 5


def test_printing_an_empty_selection_is_refused(client_for, coordinator, cohort):
    page = client_for(coordinator).post(
        "/ky/certificates/register/print/", {"kind": "pdf", "scope": "selected"}, follow=True
    )

    assert translated("Select at least one certificate to print.") in page.text
    assert not PrintJob.objects.exists()


def test_a_stalled_job_offers_to_try_again_and_goes_on_from_where_it_stopped(
    client_for, coordinator, cohort, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from certificates.print_jobs import print_job_create

    client = client_for(coordinator)
    job = print_job_create(  # its tasks wait for a commit that never comes: no worker ran it
        certificate_ids=[c.pk for c in cohort], kind=PrintJob.Kind.PDF, by=coordinator
    )
    PrintJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    url = f"/ky/certificates/print/{job.pk}/"

    page = client.get(url)
    assert translated("The job has stopped: the worker may have been restarted.") in page.text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{url}retry/")

    job.refresh_from_db()
    assert job.status == PrintJob.Status.DONE and job.file
    assert page_count(job.file.read()) == 5
