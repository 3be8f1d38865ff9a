"""Staff with the permission upload a package in the admin and follow its status; the lesson
block chooses among the packages that are ready."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from h5p.models import H5PPackage
from h5p.store import library_path
from tests.h5p.fixtures import TRUE_FALSE, rewrite
from tests.helpers import translated


def post_upload(client, data: bytes, name="berries.h5p", title="Жемиштер"):
    return client.post(
        reverse("h5p_packages:add"),
        {"title": title, "upload": SimpleUploadedFile(name, data)},
    )


def test_an_administrator_uploads_and_sees_the_package_ready(
    client_for, administrator, samples, django_capture_on_commit_callbacks
):
    client = client_for(administrator)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_upload(client, (samples / TRUE_FALSE).read_bytes())
    assert response.status_code == 302
    package = H5PPackage.objects.get()
    assert (package.title, package.status, package.uploaded_by) == (
        "Жемиштер",
        H5PPackage.Status.READY,
        administrator,
    )
    listing = client.get(reverse("h5p_packages:index")).content.decode()
    assert "Жемиштер" in listing


def test_a_refused_package_shows_every_reason(
    client_for, trainer, samples, django_capture_on_commit_callbacks
):
    client = client_for(trainer)
    broken = rewrite(samples / TRUE_FALSE, add=[("content/x.php", b"<?php")])
    with django_capture_on_commit_callbacks(execute=True):
        post_upload(client, broken)
    package = H5PPackage.objects.get()
    assert package.status == H5PPackage.Status.FAILED
    page = client.get(reverse("h5p_packages:edit", args=[package.pk])).content.decode()
    assert 'data-h5p-status="failed"' in page
    assert "content/x.php" in page
    assert "H5P.TrueFalse-1.8" in page  # a trainer may not install new libraries


def test_only_h5p_files_within_the_size_cap_are_accepted(client_for, trainer, settings):
    client = client_for(trainer)
    response = post_upload(client, b"PK", name="notes.pdf")
    # The admin speaks the trainer's language (Kyrgyz here, for Django's own forms too).
    assert translated("Choose a file whose name ends in .h5p.") in response.content.decode()
    settings.H5P_MAX_UPLOAD_BYTES = 10
    response = post_upload(client, b"x" * 11)
    assert not H5PPackage.objects.exists()
    assert response.status_code == 200


def test_learners_cannot_upload(client_for, learner):
    response = post_upload(client_for(learner), b"PK")
    assert response.status_code in (302, 403)
    assert not H5PPackage.objects.exists()


def test_the_chooser_offers_only_ready_packages(client_for, trainer, samples, upload):
    ready = upload(samples / TRUE_FALSE, title="Даяр пакет")
    H5PPackage.objects.create(title="Кабыл алынбаган", status=H5PPackage.Status.FAILED)
    page = client_for(trainer).get(reverse("h5p_package_chooser:choose")).json()["html"]
    assert ready.title in page
    assert "Кабыл алынбаган" not in page


def test_deleting_a_package_removes_its_content_but_keeps_shared_libraries(
    client_for, administrator, samples, upload, django_capture_on_commit_callbacks
):
    package = upload(samples / TRUE_FALSE)
    assert package.content_path.is_dir()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(administrator).post(reverse("h5p_packages:delete", args=[package.pk]))
    assert response.status_code == 302
    assert not H5PPackage.objects.exists()
    assert not package.content_path.exists()
    assert library_path("H5P.TrueFalse-1.8").is_dir()


def test_administrators_see_the_library_store_and_cannot_change_it(
    client_for, administrator, trainer, samples, upload
):
    upload(samples / TRUE_FALSE)
    client = client_for(administrator)
    listing = client.get(reverse("h5p_libraries:index")).content.decode()
    assert "H5P.TrueFalse" in listing and "1.8." in listing
    assert client.get(reverse("h5p_libraries:add")).status_code in (302, 403)
    assert client_for(trainer).get(reverse("h5p_libraries:index")).status_code in (302, 403)
