"""The library store: every sample uploads and is ready; libraries are stored once per
major.minor version and shared; installing a new one is for administrators only."""

from h5p.models import H5PLibrary, H5PPackage
from h5p.services import package_process
from h5p.store import library_path
from tests.h5p.fixtures import (
    ALL_SAMPLES,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    TRUE_FALSE_OLD,
    files_in,
    rewrite,
)


def content_only(path):
    return rewrite(path, drop=lambda name: name.split("/")[0] not in ("h5p.json", "content"))


def test_all_five_samples_are_ready_with_their_content(samples, upload):
    for name in ALL_SAMPLES:
        package = upload(samples / name)
        assert package.status == H5PPackage.Status.READY, package.errors
        assert (package.content_path / "h5p.json").is_file()
        assert (package.content_path / "content" / "content.json").is_file()
        assert not package.upload_path.exists()
        assert package.main_library == package.manifest["mainLibrary"]


def test_a_library_shared_by_two_packages_is_stored_once(samples, upload):
    true_false = upload(samples / TRUE_FALSE)
    multiple_choice = upload(samples / MULTIPLE_CHOICE)
    joubel = H5PLibrary.objects.get(machine_name="H5P.JoubelUI", major_version=1, minor_version=3)
    assert set(joubel.packages.all()) == {true_false, multiple_choice}
    assert (library_path("H5P.JoubelUI-1.3") / "library.json").is_file()


def test_two_versions_of_a_library_live_side_by_side(samples, upload):
    newer, older = upload(samples / TRUE_FALSE), upload(samples / TRUE_FALSE_OLD)
    versions = H5PLibrary.objects.filter(machine_name="H5P.TrueFalse").values_list(
        "minor_version", flat=True
    )
    assert sorted(versions) == [6, 8]
    assert newer.libraries.get(machine_name="H5P.TrueFalse").minor_version == 8
    assert older.libraries.get(machine_name="H5P.TrueFalse").minor_version == 6
    assert library_path("H5P.TrueFalse-1.6").is_dir() and library_path("H5P.TrueFalse-1.8").is_dir()


def test_editor_libraries_are_not_installed(samples, upload):
    upload(samples / TRUE_FALSE)
    assert not H5PLibrary.objects.filter(machine_name__startswith="H5PEditor.").exists()


def test_a_trainer_may_not_install_new_libraries(samples, upload, trainer, h5p_store):
    package = upload(samples / TRUE_FALSE, by=trainer)
    assert package.status == H5PPackage.Status.FAILED
    assert "H5P.TrueFalse-1.8" in " ".join(package.errors)
    assert H5PLibrary.objects.count() == 0
    assert files_in(h5p_store) == []


def test_a_trainer_may_upload_content_whose_libraries_are_installed(samples, upload, trainer):
    upload(samples / TRUE_FALSE)  # by an administrator, who installs the libraries
    libraries = H5PLibrary.objects.count()
    for content in (samples / TRUE_FALSE, content_only(samples / TRUE_FALSE)):
        package = upload(content, by=trainer)
        assert package.status == H5PPackage.Status.READY, package.errors
        assert package.libraries.filter(machine_name="H5P.TrueFalse").exists()
    assert H5PLibrary.objects.count() == libraries


def test_processing_a_package_twice_changes_nothing(samples, upload):
    package = upload(samples / TRUE_FALSE)
    files = files_in(package.content_path)
    package_process(package_id=package.pk)
    package.refresh_from_db()
    assert package.status == H5PPackage.Status.READY
    assert files_in(package.content_path) == files
