"""Private files (certificate PDFs, print jobs) are nowhere under MEDIA_ROOT, carry names nobody
can guess, and leave only through views that check who asks: in production as an
X-Accel-Redirect to nginx's internal location (docker/nginx.conf), else as the file itself."""

from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db.models.fields.files import FieldFile
from django.http import Http404
from django.test import RequestFactory
from django.views.static import serve
from wagtail.images.models import Image

from certificates.models import Certificate, PrintJob
from certificates.print_jobs import print_job_create
from core import private_files
from tests.certificates.conftest import issue

ACCEL = "/_private/"


@pytest.fixture
def certificate(learner, course, template, django_capture_on_commit_callbacks):
    return issue(learner, course, django_capture_on_commit_callbacks)


@pytest.fixture
def job(certificate, coordinator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        job = print_job_create(
            certificate_ids=[certificate.pk], kind=PrintJob.Kind.PDF, by=coordinator
        )
    job.refresh_from_db()
    return job


def files_under(root) -> list[Path]:
    return [path for path in Path(root).rglob("*") if path.is_file()]


def read(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_no_private_file_is_under_media_root_nor_at_its_old_address(settings, certificate, job):
    """The attack: GET /media/certificates/<code>.pdf and /media/print-jobs/certificates-<n>.pdf
    answered the files to anyone (Django's static serve in development, any web server serving
    MEDIA_ROOT in production)."""
    assert certificate.is_ready and job.status == PrintJob.Status.DONE
    assert not [p for p in files_under(settings.MEDIA_ROOT) if p.suffix in {".pdf", ".zip"}]
    for fieldfile in (certificate.pdf, job.file):
        path = Path(fieldfile.path)
        assert path.is_file()
        assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
        assert not path.is_relative_to(settings.MEDIA_ROOT)
    old_addresses = [
        f"certificates/{certificate.code}.pdf",
        f"certificates/{certificate.issued_at:%Y/%m}/{certificate.code}.pdf",
        f"print-jobs/certificates-{job.pk}.pdf",
        f"print-jobs/certificates-{job.pk}.zip",
    ]
    request = RequestFactory().get("/media/")
    for old in old_addresses:
        with pytest.raises(Http404):
            serve(request, old, document_root=settings.MEDIA_ROOT)  # development's /media/


def test_private_file_names_cannot_be_guessed(certificate, job):
    for fieldfile, known in ((certificate.pdf, certificate.code), (job.file, f"-{job.pk}.")):
        name = Path(fieldfile.name).name
        assert known not in name
        assert len(Path(name).stem) >= 32  # secrets.token_urlsafe(24)
    assert Path(certificate.pdf.name).suffix == ".pdf"


def test_a_private_file_has_no_url(certificate):
    with pytest.raises(ValueError):
        certificate.pdf.url  # noqa: B018


@pytest.mark.parametrize("accel", ["", ACCEL])
def test_certificate_download_as_each_person(
    settings, client_for, certificate, learner, other_learner, trainer, coordinator, accel
):
    settings.PRIVATE_FILES_ACCEL_PREFIX = accel
    url = f"/ky/certificates/{certificate.code}/download/"

    anonymous = client_for(None).get(url)
    assert anonymous.status_code == 302 and "X-Accel-Redirect" not in anonymous
    for stranger in (other_learner, trainer):
        response = client_for(stranger).get(url)
        assert response.status_code == 404 and "X-Accel-Redirect" not in response
    for person in (learner, coordinator):
        response = client_for(person).get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert f'filename="{certificate.code}.pdf"' in response["Content-Disposition"]
        if accel:
            # nginx sends the file: Django sends nothing but where it is.
            assert response["X-Accel-Redirect"] == f"/_private/files/{certificate.pdf.name}"
            assert read(response) == b""
        else:
            assert read(response).startswith(b"%PDF-")


@pytest.mark.parametrize("accel", ["", ACCEL])
def test_print_job_download_as_each_person(
    settings, client_for, job, learner, other_learner, trainer, coordinator, accel
):
    settings.PRIVATE_FILES_ACCEL_PREFIX = accel
    url = f"/ky/certificates/print/{job.pk}/download/"

    assert client_for(None).get(url).status_code == 302
    for person in (learner, other_learner, trainer):  # the holder of a printed certificate too
        response = client_for(person).get(url)
        assert response.status_code == 403 and "X-Accel-Redirect" not in response
    response = client_for(coordinator).get(url)
    assert response.status_code == 200
    if accel:
        assert response["X-Accel-Redirect"] == f"/_private/files/{job.file.name}"
        assert read(response) == b""
    else:
        assert read(response).startswith(b"%PDF-")


def test_the_helper_sends_nothing_outside_the_private_roots(settings, tmp_path):
    settings.PRIVATE_FILES_ACCEL_PREFIX = ACCEL
    public = Path(settings.MEDIA_ROOT) / "images" / "photo.jpg"
    public.parent.mkdir(parents=True)
    public.write_bytes(b"jpeg")
    with pytest.raises(ValueError):
        private_files.send(public)
    with pytest.raises(ValueError):
        private_files.send(
            Path(settings.PRIVATE_MEDIA_ROOT) / ".." / "media" / "images" / "photo.jpg"
        )
    with pytest.raises(ValueError):
        private_files.send_field(FieldFile(None, Image._meta.get_field("file"), "images/photo.jpg"))


def test_the_migration_moves_files_out_of_media_root(settings, certificate):
    """A PDF rendered before this change, at /media/certificates/2026/11/<code>.pdf."""
    from importlib import import_module

    migration = import_module("certificates.migrations.0006_private_files")
    old = f"certificates/2026/11/{certificate.code}.pdf"
    storages["default"].save(old, ContentFile(b"%PDF-1.7 old"))
    Certificate.objects.filter(pk=certificate.pk).update(pdf=old)

    migration.move_to_private(apps, None)

    certificate.refresh_from_db()
    assert not (Path(settings.MEDIA_ROOT) / old).exists()
    assert (
        certificate.pdf.name.startswith("certificates/")
        and certificate.code not in certificate.pdf.name
    )
    assert Path(certificate.pdf.path).read_bytes() == b"%PDF-1.7 old"
