"""The files of the H5P store, under settings.H5P_ROOT:

    libraries/<Name-major.minor>/   one folder per library version, shared by all content
    content/<package uuid>/         h5p.json and content/ of one package
    incoming/<package uuid>.h5p     an upload waiting for the worker
    tmp/                            extraction in progress

A package is extracted into a folder of tmp/ and each part renamed into place, so that nobody
ever sees half a library or half a package (a rename is atomic within one file system)."""

import os
import shutil
import uuid
import zipfile
from pathlib import Path

from django.conf import settings

CHUNK = 1024 * 1024


def root() -> Path:
    return Path(settings.H5P_ROOT)


def libraries_root() -> Path:
    return root() / "libraries"


def library_path(folder: str) -> Path:
    return libraries_root() / folder


class Oversized(Exception):
    """A file inflated beyond the size its zip entry declared."""


def write_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with archive.open(info) as source, open(target, "xb") as sink:
        while chunk := source.read(CHUNK):
            written += len(chunk)
            if written > info.file_size:
                raise Oversized(info.filename)
            sink.write(chunk)


def extract(archive: zipfile.ZipFile, *, libraries: list[str]) -> tuple[Path, dict[str, Path]]:
    """Unpack h5p.json, content/ and the named library folders into a fresh folder of tmp/.
    Returns the content folder and each library's folder, all still inside tmp/."""
    work = root() / "tmp" / uuid.uuid4().hex
    work.mkdir(parents=True)
    content = work / "content"
    wanted = set(libraries)
    try:
        for info in archive.infolist():
            if info.is_dir():
                continue
            name = info.filename
            top = name.split("/", 1)[0]
            if name == "h5p.json" or top == "content":
                target = content / name
            elif top in wanted:
                target = work / "libraries" / name
            else:
                continue
            # The paths were validated already; this keeps a mistake there from escaping.
            if not target.resolve().is_relative_to(work.resolve()):
                raise ValueError(name)
            write_member(archive, info, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return content, {folder: work / "libraries" / folder for folder in libraries}


def move_into_place(source: Path, target: Path) -> bool:
    """Rename `source` to `target`; False when `target` exists already (another upload put it
    there first), in which case `source` stays where it is for the caller to discard."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(source, target)
    except OSError:
        if target.exists():
            return False
        raise
    return True


def discard(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink(missing_ok=True)


def discard_work(content: Path) -> None:
    """The tmp/ folder an extraction used, whatever is left in it."""
    discard(content.parent)


def safe_file(base: Path, relative: str) -> Path | None:
    """The file `relative` inside `base`, or None if it is not a file there (or escapes it)."""
    if not relative or unsafe(relative):
        return None
    path = (base / relative).resolve()
    if not path.is_relative_to(base.resolve()) or not path.is_file():
        return None
    return path


def unsafe(relative: str) -> bool:
    return (
        "\\" in relative
        or "\x00" in relative
        or any(part in ("", ".", "..") for part in relative.split("/"))
    )
