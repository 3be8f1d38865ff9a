"""What an uploaded file really is, read from its bytes: never from its name or the browser's
content type. A PDF starts with %PDF-; a DOCX, XLSX or PPTX is a zip whose [Content_Types].xml
names the main part of that kind (and the part is there); an image is one Pillow opens and
verifies as JPEG, PNG or WebP. Anything else, or a name that says another type than the bytes,
is refused, and the file name kept is made harmless."""

import re
import unicodedata
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from library.models import FileType

# The type a file is sent with, by what it is.
CONTENT_TYPES = {
    FileType.PDF: "application/pdf",
    FileType.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    FileType.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    FileType.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    FileType.JPEG: "image/jpeg",
    FileType.PNG: "image/png",
    FileType.WEBP: "image/webp",
}
# The name endings each type may carry; the first is the one a stored file gets.
EXTENSIONS = {
    FileType.PDF: (".pdf",),
    FileType.DOCX: (".docx",),
    FileType.XLSX: (".xlsx",),
    FileType.PPTX: (".pptx",),
    FileType.JPEG: (".jpg", ".jpeg"),
    FileType.PNG: (".png",),
    FileType.WEBP: (".webp",),
}
# An Office file: the main part's content type in [Content_Types].xml, and where the part is.
OFFICE = {
    FileType.DOCX: (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "word/",
    ),
    FileType.XLSX: (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "xl/",
    ),
    FileType.PPTX: (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "ppt/",
    ),
}
KNOWN_SUFFIXES = {suffix for suffixes in EXTENSIONS.values() for suffix in suffixes}
IMAGES = {"JPEG": FileType.JPEG, "PNG": FileType.PNG, "WEBP": FileType.WEBP}
CONTENT_TYPES_MAX = 1024 * 1024  # a real [Content_Types].xml is a few kilobytes
PART = re.compile(rb'PartName="([^"]+)"[^>]*ContentType="([^"]+)"')


class FileRefused(Exception):
    """The file is not one the library keeps; the message says why, in her language."""


def max_bytes() -> int:
    return settings.LIBRARY_MAX_FILE_BYTES


def _office(upload) -> FileType | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            info = archive.getinfo("[Content_Types].xml")
            if info.file_size > CONTENT_TYPES_MAX:
                return None
            declared = archive.read(info)
            names = set(archive.namelist())
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError, EOFError):
        return None
    overrides = {
        part.decode("utf-8", "replace").lstrip("/"): kind.decode("ascii", "replace")
        for part, kind in PART.findall(declared)
    }
    for file_type, (main, folder) in OFFICE.items():
        parts = [part for part, kind in overrides.items() if kind == main]
        if parts and all(part in names and part.startswith(folder) for part in parts):
            return file_type
    return None


def _image(upload) -> FileType | None:
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            found = IMAGES.get(image.format or "")
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    return found


def sniff(upload) -> FileType | None:
    """What the file's bytes say it is, among the types the library keeps; None otherwise."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return FileType.PDF
        if head.startswith(b"PK\x03\x04"):
            return _office(upload)
        return _image(upload)
    finally:
        upload.seek(0)


def safe_name(original: str, file_type: FileType) -> str:
    """The name the file is downloaded under: the original's letters, digits and a few marks
    (no path, no markup, no quotes), ending as its real type does."""
    stem = PurePath(str(original).replace("\\", "/")).name
    suffix = PurePath(stem).suffix.lower()
    if suffix in KNOWN_SUFFIXES:
        stem = stem[: -len(suffix)]
    stem = unicodedata.normalize("NFC", stem)
    stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem)
    stem = re.sub(r"[_ ]{2,}", "_", stem).strip(" _-.")[:80] or "resource"
    return stem + EXTENSIONS[file_type][0]


def check(upload) -> FileType:
    """The file's real type, or FileRefused: too large, a type the library does not keep, or a
    name that says another type than its content."""
    if upload.size > max_bytes():
        raise FileRefused(
            _("The file is too large: at most %(size)s.") % {"size": filesizeformat(max_bytes())}
        )
    if upload.size == 0:
        raise FileRefused(_("The file is empty."))
    file_type = sniff(upload)
    if file_type is None:
        raise FileRefused(
            _(
                "This file is not one the library keeps: a PDF, Word (DOCX), Excel (XLSX), "
                "PowerPoint (PPTX) or a JPEG, PNG or WebP picture."
            )
        )
    suffix = PurePath(upload.name or "").suffix.lower()
    if suffix and suffix not in EXTENSIONS[file_type]:
        raise FileRefused(
            _("The file's name says %(named)s but its content is %(real)s: it was not stored.")
            % {"named": suffix.lstrip(".").upper(), "real": file_type.label}
        )
    return file_type
