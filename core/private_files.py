"""Private files: certificate PDFs, print jobs and their chunks, H5P libraries and content.

They live outside MEDIA_ROOT (no public URL reaches them), under names nobody can guess, and
leave the server only through `send`, called by a view after it has checked who asks. In
production the web server sends the bytes (nginx's X-Accel-Redirect to an `internal` location,
docker/nginx.conf), so that no gunicorn worker is held streaming a large file."""

import mimetypes
import secrets
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.http import FileResponse, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header


class PrivateStorage(FileSystemStorage):
    """Files at settings.PRIVATE_MEDIA_ROOT. They have no URL: asking for one is a bug."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("A private file has no public URL: a view sends it (core.private_files).")


def private_storage():
    """The `storage` of every private FileField (a callable, so that tests may swap settings)."""
    return storages["private"]


@deconstructible
class RandomName:
    """upload_to for private files: `<folder>/<random>.<ext>`, so that no name can be guessed
    from a code, a job number or a date."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        return f"{self.folder}/{secrets.token_urlsafe(24)}{Path(filename).suffix.lower()}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


def _roots() -> dict[str, Path]:
    """Each private root and the name of its internal location under the accel prefix."""
    return {
        "files": Path(settings.PRIVATE_MEDIA_ROOT).resolve(),
        "h5p": Path(settings.H5P_ROOT).resolve(),
    }


def _internal_uri(path: Path) -> str:
    for name, root in _roots().items():
        if path.is_relative_to(root):
            relative = path.relative_to(root).as_posix()
            return f"{settings.PRIVATE_FILES_ACCEL_PREFIX.rstrip('/')}/{name}/{quote(relative)}"
    raise ValueError(f"{path} is not under a private root")


def send(
    path: Path | str,
    *,
    filename: str | None = None,
    as_attachment: bool = False,
    content_type: str | None = None,
) -> HttpResponse:
    """The response that hands out one private file; the caller has checked who asks.
    With settings.PRIVATE_FILES_ACCEL_PREFIX set, an empty response that tells the web server
    which file to send; else the file itself (development, tests)."""
    path = Path(path).resolve()
    content_type = content_type or mimetypes.guess_type(filename or path.name)[0]
    content_type = content_type or "application/octet-stream"
    if not settings.PRIVATE_FILES_ACCEL_PREFIX:
        return FileResponse(
            open(path, "rb"),  # noqa: SIM115 (FileResponse closes it)
            as_attachment=as_attachment,
            filename=filename or "",
            content_type=content_type,
        )
    uri = _internal_uri(path)  # before any check of the file: never a path outside the roots
    if not path.is_file():
        raise FileNotFoundError(path)
    response = HttpResponse(content_type=content_type)
    response["X-Accel-Redirect"] = uri
    if disposition := content_disposition_header(as_attachment, filename or path.name):
        response["Content-Disposition"] = disposition
    return response


def send_field(fieldfile, **kwargs) -> HttpResponse:
    """`send` for a FileField's file (which must be in the private storage)."""
    if not isinstance(fieldfile.storage, PrivateStorage):
        raise ValueError(f"{fieldfile.name} is not a private file")
    return send(fieldfile.path, **kwargs)
