"""Checks an uploaded .h5p file before anything of it is written: only the zip's directory and the
few JSON files it holds are read, in memory. Every reason a package fails is collected, so that
the person who uploaded it can fix them all at once.

The rules follow H5P core (H5PValidator): a zip whose paths stay inside it, files only of the
types on H5P's allowlist (JavaScript and CSS only inside library folders), an h5p.json naming
the main library and the libraries to load, content/content.json, and every library the content
needs either in the package or already in the store."""

import json
import re
import stat
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from h5p.models.library import library_folder

# H5P core's default allowlist (H5PCore::$defaultContentWhitelist); libraries may add js, css.
ALLOWLIST = (
    "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav txt "
    "pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch swf md textile vtt webvtt "
    "gltf glb"
)
CONTENT_EXTENSIONS = frozenset(ALLOWLIST.split())
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}
LIBRARY_FOLDER = re.compile(r"^[\w.\-]{1,255}-\d+\.\d+$")
MACHINE_NAME = re.compile(r"^[\w.\-]{1,127}$")
# JSON files are read into memory; none in a real package comes near this.
MAX_JSON_BYTES = 2 * 1024 * 1024
# Small files compress oddly; the per-file ratio is checked only above this size.
RATIO_MIN_BYTES = 64 * 1024
NAMES_SHOWN = 5


@dataclass
class Library:
    machine_name: str
    major: int
    minor: int
    patch: int
    title: str
    dependencies: list[str]

    @property
    def folder(self) -> str:
        return library_folder(self.machine_name, self.major, self.minor)


@dataclass
class Inspection:
    errors: list[str] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)
    # Folders of every library the content loads, from the package or the store.
    needed: list[str] = field(default_factory=list)
    # The libraries of the package that are needed and not yet in the store.
    to_install: list[Library] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def names(items, *, shown: int | None = NAMES_SHOWN) -> str:
    """A few of the offending names (all of them when `shown` is None)."""
    items = sorted(items)
    if shown is None or len(items) <= shown:
        return ", ".join(items)
    rest = _("and %(count)d more") % {"count": len(items) - shown}
    return f"{', '.join(items[:shown])} {rest}"


def unsafe_path(name: str) -> bool:
    parts = name.rstrip("/").split("/")
    return (
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or re.match(r"^[A-Za-z]:", name) is not None
        or any(part in ("..", "") for part in parts)
    )


def is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def extension(name: str) -> str:
    last = name.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def check_entries(archive: zipfile.ZipFile, inspection: Inspection) -> None:
    """Paths, file types and sizes, from the zip's directory alone."""
    unsafe, links, forbidden, duplicates, inflated = set(), set(), set(), set(), set()
    seen = set()
    files = total = compressed = 0
    for info in archive.infolist():
        name = info.filename
        if unsafe_path(name):
            unsafe.add(repr(name))
            continue
        if is_symlink(info):
            links.add(name)
            continue
        if name in seen:
            duplicates.add(name)
        seen.add(name)
        if info.is_dir():
            continue
        files += 1
        total += info.file_size
        compressed += info.compress_size
        top = name.split("/", 1)[0]
        allowed = LIBRARY_EXTENSIONS if LIBRARY_FOLDER.match(top) else CONTENT_EXTENSIONS
        if extension(name) not in allowed:
            forbidden.add(name)
        if (
            info.file_size > RATIO_MIN_BYTES
            and info.file_size > settings.H5P_MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            inflated.add(name)

    errors = inspection.errors
    if unsafe:
        errors.append(
            _("Paths that would leave the package (“..”, absolute, or with “\\”): %(names)s.")
            % {"names": names(unsafe)}
        )
    if links:
        errors.append(_("Symbolic links are not allowed: %(names)s.") % {"names": names(links)})
    if duplicates:
        errors.append(_("Files listed twice: %(names)s.") % {"names": names(duplicates)})
    if forbidden:
        errors.append(
            _(
                "File types H5P does not allow here (scripts and styles only inside libraries): "
                "%(names)s."
            )
            % {"names": names(forbidden)}
        )
    if files > settings.H5P_MAX_FILES:
        errors.append(
            _("The package holds %(count)d files; at most %(limit)d are allowed.")
            % {"count": files, "limit": settings.H5P_MAX_FILES}
        )
    if total > settings.H5P_MAX_UNCOMPRESSED_BYTES:
        errors.append(
            _("Unpacked, the package would take %(size)d MB; at most %(limit)d MB are allowed.")
            % {
                "size": total // 2**20,
                "limit": settings.H5P_MAX_UNCOMPRESSED_BYTES // 2**20,
            }
        )
    if inflated or total > settings.H5P_MAX_COMPRESSION_RATIO * max(compressed, 1):
        errors.append(
            _("The package is compressed more than %(ratio)d to 1, as zip bombs are: %(names)s.")
            % {
                "ratio": settings.H5P_MAX_COMPRESSION_RATIO,
                "names": names(inflated) if inflated else _("the whole package"),
            }
        )


def read_json(archive: zipfile.ZipFile, name: str):
    """The parsed file, None when it is missing; ValueError when it is not valid JSON."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_JSON_BYTES:
        raise ValueError(name)
    with archive.open(info) as handle:
        data = handle.read(MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        raise ValueError(name)
    return json.loads(data.decode("utf-8-sig"))


def dependency_folders(items) -> list[str] | None:
    """Folder names of a list of H5P dependencies; None when the list is malformed."""
    if not isinstance(items, list):
        return None
    folders = []
    for item in items:
        try:
            machine_name = item["machineName"]
            major, minor = int(item["majorVersion"]), int(item["minorVersion"])
        except (KeyError, TypeError, ValueError):
            return None
        if not isinstance(machine_name, str) or not MACHINE_NAME.match(machine_name):
            return None
        folders.append(library_folder(machine_name, major, minor))
    return folders


def read_manifest(archive: zipfile.ZipFile, inspection: Inspection) -> list[str]:
    """h5p.json and content/content.json; returns the folders h5p.json preloads."""
    errors = inspection.errors
    try:
        manifest = read_json(archive, "h5p.json")
    except (ValueError, UnicodeDecodeError):
        errors.append(_("h5p.json is not valid JSON."))
        return []
    if manifest is None:
        errors.append(_("h5p.json is missing: this is not an H5P package."))
        return []
    if not isinstance(manifest, dict):
        errors.append(_("h5p.json is not valid JSON."))
        return []
    inspection.manifest = manifest
    try:
        content = read_json(archive, "content/content.json")
    except (ValueError, UnicodeDecodeError):
        content = False
    if content is None:
        errors.append(_("content/content.json is missing."))
    elif not isinstance(content, dict):
        errors.append(_("content/content.json is not valid JSON."))

    problems = []
    if not isinstance(manifest.get("title"), str) or not manifest["title"].strip():
        problems.append("title")
    main = manifest.get("mainLibrary")
    if not isinstance(main, str) or not MACHINE_NAME.match(main):
        problems.append("mainLibrary")
    embed_types = manifest.get("embedTypes")
    if not isinstance(embed_types, list) or not set(embed_types) & {"div", "iframe"}:
        problems.append("embedTypes")
    folders = dependency_folders(manifest.get("preloadedDependencies"))
    if folders is None:
        problems.append("preloadedDependencies")
        folders = []
    elif isinstance(main, str) and not any(f.rsplit("-", 1)[0] == main for f in folders):
        problems.append("mainLibrary")
    if problems:
        errors.append(
            _("h5p.json lacks valid values for: %(fields)s.") % {"fields": ", ".join(problems)}
        )
    return folders


def read_libraries(archive: zipfile.ZipFile, inspection: Inspection) -> dict[str, Library]:
    """The library folders the package brings, each checked against its library.json."""
    folders = {
        name.split("/", 1)[0]
        for name in archive.namelist()
        if "/" in name and LIBRARY_FOLDER.match(name.split("/", 1)[0])
    }
    libraries, broken = {}, set()
    for folder in folders:
        try:
            definition = read_json(archive, f"{folder}/library.json")
        except (ValueError, UnicodeDecodeError):
            definition = None
        library = None
        if isinstance(definition, dict):
            try:
                library = Library(
                    machine_name=definition["machineName"],
                    major=int(definition["majorVersion"]),
                    minor=int(definition["minorVersion"]),
                    patch=int(definition.get("patchVersion", 0)),
                    title=str(definition.get("title", ""))[:255],
                    dependencies=(
                        (dependency_folders(definition.get("preloadedDependencies", [])) or [])
                        + (dependency_folders(definition.get("dynamicDependencies", [])) or [])
                    ),
                )
            except (KeyError, TypeError, ValueError):
                library = None
        if library is None or library.folder != folder:
            broken.add(folder)
        else:
            libraries[folder] = library
    if broken:
        inspection.errors.append(
            _("Library folders without a valid library.json that matches the folder: %(names)s.")
            % {"names": names(broken)}
        )
    return libraries


def resolve(
    preloaded: list[str],
    in_package: dict[str, Library],
    installed: dict[str, list[str]],
    inspection: Inspection,
) -> None:
    """Every library the content loads, and those of its libraries, transitively. A library
    already in the store is used as it is; the package's copy of it is not installed."""
    needed, missing = [], set()
    queue = list(preloaded)
    while queue:
        folder = queue.pop(0)
        if folder in needed or folder in missing:
            continue
        if folder in installed:
            needed.append(folder)
            queue.extend(installed[folder])
        elif folder in in_package:
            needed.append(folder)
            inspection.to_install.append(in_package[folder])
            queue.extend(in_package[folder].dependencies)
        else:
            missing.add(folder)
    inspection.needed = needed
    if missing:
        inspection.errors.append(
            _(
                "Libraries missing from the package and not installed on this site: %(names)s. "
                "Upload a package that contains them, or ask an administrator to install them."
            )
            % {"names": names(missing, shown=None)}
        )


def inspect_package(
    archive: zipfile.ZipFile, *, installed: dict[str, list[str]], may_install: bool
) -> Inspection:
    """Everything wrong with the package, and what to install if nothing is.

    `installed` maps the folder of each library in the store to its dependencies' folders."""
    inspection = Inspection()
    check_entries(archive, inspection)
    preloaded = read_manifest(archive, inspection)
    in_package = read_libraries(archive, inspection)
    resolve(preloaded, in_package, installed, inspection)
    if inspection.to_install and not may_install:
        inspection.errors.append(
            _(
                "The package brings libraries that are not installed on this site yet: "
                "%(names)s. Library code runs in learners' browsers, so only an administrator "
                "may install new libraries."
            )
            % {"names": names((lib.folder for lib in inspection.to_install), shown=None)}
        )
    return inspection


def open_archive(path) -> tuple[zipfile.ZipFile | None, str]:
    try:
        return zipfile.ZipFile(path), ""
    except (zipfile.BadZipFile, OSError, ValueError):
        return None, _("The file is not a zip archive, so it is not an H5P package.")
