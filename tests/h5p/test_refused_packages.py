"""Malicious and broken packages, built at test time from the real ones: each is refused with
its reason, in the uploader's language, and leaves no file behind."""

import io
import stat
import zipfile

import pytest
from django.utils import translation

from h5p.models import H5PLibrary, H5PPackage
from people.roles import Role
from tests.factories import UserFactory
from tests.h5p.fixtures import TRUE_FALSE, files_in, rewrite
from tests.helpers import translated


def refused(package: H5PPackage, store) -> str:
    assert package.status == H5PPackage.Status.FAILED
    assert files_in(store) == []
    assert not package.content_path.exists()
    return " ".join(package.errors)


@pytest.fixture
def real(samples):
    return samples / TRUE_FALSE


def test_a_path_that_climbs_out_is_refused(real, upload, h5p_store):
    package = upload(rewrite(real, add=[("content/../../escaped.json", b"{}")]))
    reasons = refused(package, h5p_store)
    assert "content/../../escaped.json" in reasons
    assert not (h5p_store.parent / "escaped.json").exists()


def test_an_absolute_path_is_refused(real, upload, h5p_store):
    package = upload(rewrite(real, add=[("/tmp/tendik-absolute.json", b"{}")]))
    assert "/tmp/tendik-absolute.json" in refused(package, h5p_store)


def test_a_backslash_path_is_refused(real, upload, h5p_store):
    package = upload(rewrite(real, add=[("content\\..\\..\\evil.json", b"{}")]))
    assert "evil.json" in refused(package, h5p_store)


def test_a_symlink_is_refused(real, upload, h5p_store):
    link = zipfile.ZipInfo("content/images/passwd.jpg")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    package = upload(rewrite(real, add=[link]))
    assert "content/images/passwd.jpg" in refused(package, h5p_store)


def test_a_php_file_is_refused(real, upload, h5p_store):
    package = upload(rewrite(real, add=[("content/shell.php", b"<?php system($_GET['c']);")]))
    assert "content/shell.php" in refused(package, h5p_store)


def test_scripts_are_refused_outside_library_folders(real, upload, h5p_store):
    package = upload(rewrite(real, add=[("content/steal.js", b"fetch('/')")]))
    assert "content/steal.js" in refused(package, h5p_store)


def test_a_zip_bomb_is_refused_before_it_is_inflated(real, upload, h5p_store, settings):
    settings.H5P_MAX_UNCOMPRESSED_BYTES = 20 * 2**20
    bomb = b"\0" * (64 * 2**20)
    package = upload(rewrite(real, add=[("content/images/bomb.png", bomb)]))
    reasons = refused(package, h5p_store)
    assert "content/images/bomb.png" in reasons
    assert "20" in reasons  # the limit, in MB


def test_too_many_files_are_refused(real, upload, h5p_store, settings):
    settings.H5P_MAX_FILES = 50
    reasons = refused(upload(real), h5p_store)
    assert "50" in reasons


def test_a_package_without_h5p_json_is_refused(real, upload, h5p_store):
    package = upload(rewrite(real, drop=lambda name: name == "h5p.json"))
    assert refused(package, h5p_store) == translated(
        "h5p.json is missing: this is not an H5P package."
    )


def test_a_file_that_is_not_a_zip_is_refused(upload, h5p_store):
    package = upload(b"not a zip at all")
    assert package.errors == [
        translated("The file is not a zip archive, so it is not an H5P package.")
    ]
    assert files_in(h5p_store) == []


def test_a_content_only_package_whose_libraries_are_missing_names_them(real, upload, h5p_store):
    content_only = rewrite(
        real, drop=lambda name: name.split("/")[0] not in ("h5p.json", "content")
    )
    reasons = refused(upload(content_only), h5p_store)
    assert "H5P.TrueFalse-1.8" in reasons
    assert "H5P.Question-1.5" in reasons
    assert H5PLibrary.objects.count() == 0


def test_every_reason_is_listed_at_once(real, upload, h5p_store):
    package = upload(
        rewrite(
            real,
            drop=lambda name: name == "h5p.json",
            add=[("../up.json", b"{}"), ("content/run.php", b"<?php")],
        )
    )
    refused(package, h5p_store)
    assert len(package.errors) == 3


def test_reasons_are_in_the_language_she_uploaded_in(real, upload, h5p_store):
    # She writes Kyrgyz content with the admin in Russian.
    kyrgyz = UserFactory(role=Role.ADMINISTRATOR, preferred_language="ky")
    with translation.override("ru"):
        package = upload(rewrite(real, drop=lambda name: name == "h5p.json"), by=kyrgyz)
    refused(package, h5p_store)
    assert package.errors == [translated("h5p.json is missing: this is not an H5P package.", "ru")]


def test_a_damaged_file_is_caught_while_extracting_and_nothing_stays(real, upload, h5p_store):
    marker = b"TENDIK-DAMAGED-FILE-" * 100
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(rewrite(real))) as original, zipfile.ZipFile(out, "w") as copy:
        for info in original.infolist():
            copy.writestr(info, original.read(info))
        copy.writestr(zipfile.ZipInfo("content/images/damaged.svg"), marker)  # stored, as is
    data = out.getvalue()
    position = data.index(marker) + 10
    damaged = data[:position] + b"X" + data[position + 1 :]  # the checksum no longer matches
    package = upload(damaged)
    assert package.errors == [
        translated("The package is damaged: a file in it does not match its size or checksum.")
    ]
    assert files_in(h5p_store) == []
