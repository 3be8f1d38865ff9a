"""Reading a table that a person uploads (CSV or XLSX), one way for every upload.

Every limit is checked before the work it bounds: the file's size before it is read, an XLSX
sheet's cells (filled or only formatted) before openpyxl parses them (openpyxl spends its time on
every cell, even past `max_col`), the rows while they are read. A file over a limit is refused
with a message in the person's language; nothing is half-read.

Row problems are kept as an `ErrorSummary`: how many rows had one, and the first few messages,
so that a file of 60,000 bad rows makes one short page, not 60,000 messages."""

import csv
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_BYTES = 5 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
# An XLSX cell element, with or without a namespace prefix: <c r="A1">, <x:c>, <c/>.
CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")


class TableRefused(Exception):
    """The file as a whole cannot be used; the message is in the person's language."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


def upload_data(uploaded_file) -> tuple[str, bytes]:
    """The upload's extension and bytes, after the checks every upload gets."""
    name = (getattr(uploaded_file, "name", "") or "").lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if extension not in ("csv", "xlsx"):
        raise TableRefused(
            _("Upload a CSV file (.csv) or an Excel workbook (.xlsx)."), code="extension"
        )
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > MAX_BYTES:
        raise TableRefused(_("The file is larger than 5 MB."), code="too_big")
    data = uploaded_file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise TableRefused(_("The file is larger than 5 MB."), code="too_big")
    if not data.strip():
        raise TableRefused(_("The file is empty."), code="empty")
    return extension, data


def table_rows(extension: str, data: bytes, *, width: int | None = None) -> Iterator[list[str]]:
    """The file's rows as lists of stripped text (blank rows included, so that a row's number
    is its position). `width` reads an XLSX sheet's first `width` columns only."""
    return csv_rows(data) if extension == "csv" else xlsx_rows(data, width=width)


@dataclass
class Table:
    header: list[str] | None  # None: no row within the first rows was a header
    rows: Iterator[tuple[int, list[str]]]  # (row number, cells), blank rows left out


def read_table(
    extension: str, data: bytes, *, find_header, max_rows: int, search: int = 30
) -> Table:
    """Find the header among the first `search` rows, where `find_header(cells)` returns how
    many columns the rows need (or None: not the header), then read the rows under it, each cut
    to that many columns plus one (so that a cell past the header can be noticed), refusing
    the file past `max_rows` non-blank rows."""
    width, header, records = None, None, table_rows(extension, data)
    try:
        for number, cells in enumerate(records, start=1):
            if number > search:
                break
            if any(cells):
                width = find_header(cells)
                if width is not None:
                    header = cells
                    break
    finally:
        records.close()
    if width is None:
        return Table(header=None, rows=iter(()))
    rows = (
        (row_number, cells)
        for row_number, cells in enumerate(table_rows(extension, data, width=width + 1), start=1)
        if row_number > number and any(cells)
    )
    return Table(header=header, rows=capped(((n, c[: width + 1]) for n, c in rows), max_rows))


def capped(rows: Iterable, max_rows: int) -> Iterator:
    """The rows, refusing the file as soon as there is one more than `max_rows`."""
    for count, row in enumerate(rows, start=1):
        if count > max_rows:
            raise TableRefused(
                _("The file has more than %(count)s rows. Split it into smaller files.")
                % {"count": max_rows},
                code="too_many_rows",
            )
        yield row


# CSV


def csv_text(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without BOM) or, as Excel in Kyrgyzstan saves
    "CSV", Windows-1251. A binary file (control characters, such as UTF-16's NULs) is refused."""
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not any(unicodedata.category(char) == "Cc" and char not in "\t\r\n" for char in text):
            return text
        break
    raise TableRefused(
        _("This file is not a CSV text file. Save the list from Excel as CSV or XLSX."),
        code="not_csv",
    )


def csv_rows(data: bytes) -> Iterator[list[str]]:
    text = csv_text(data)
    first_line = text.lstrip().split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first_line.count)
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            yield [cell.strip() for cell in row]
    except csv.Error as error:
        raise TableRefused(
            _("This file is not a CSV text file. Save the list from Excel as CSV or XLSX."),
            code="not_csv",
        ) from error


# XLSX


def _not_xlsx() -> TableRefused:
    return TableRefused(
        _("This file is not an Excel workbook (.xlsx). Save the list from Excel as XLSX or CSV."),
        code="not_xlsx",
    )


def xlsx_rows(data: bytes, *, width: int | None = None) -> Iterator[list[str]]:
    """The first sheet's rows, values only (a formula gives its last computed value)."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    if not data.startswith(b"PK\x03\x04"):
        raise _not_xlsx()
    try:
        _check_cells(data)
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        KeyError,
        ValueError,
        OSError,
    ) as error:
        raise _not_xlsx() from error
    try:
        if not workbook.worksheets:
            raise TableRefused(_("The file is empty."), code="empty")
        for row in workbook.worksheets[0].iter_rows(values_only=True, max_col=width):
            yield [cell_text(value) for value in row]
    except TableRefused:
        raise
    except Exception as error:  # a damaged sheet inside a valid zip
        raise _not_xlsx() from error
    finally:
        workbook.close()


def _check_cells(data: bytes) -> None:
    """Count the cell elements in the workbook's raw XML, which is fast, and refuse a workbook
    with more than settings.TABULAR_MAX_CELLS, or one that unpacks to more than 20 times the
    upload limit (a zip bomb). Every sheet counts: openpyxl reads through a whole sheet that does
    not state its size, and does so for each sheet when it opens the workbook."""
    limit = settings.TABULAR_MAX_CELLS
    too_many = TableRefused(
        _(
            "The workbook has more than %(count)s cells (filled or only formatted). Copy only "
            "the list's columns and rows into a new workbook and upload that."
        )
        % {"count": limit},
        code="too_many_cells",
    )
    cells = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [info for info in archive.infolist() if info.filename.endswith(".xml")]
        if sum(info.file_size for info in archive.infolist()) > 20 * MAX_BYTES:
            raise too_many
        for info in parts:
            tail = b""
            with archive.open(info) as part:
                while chunk := part.read(1024 * 1024):
                    buffer = tail + chunk
                    cut = max(0, len(buffer) - 64)  # a tag cut by the chunk's end: counted next
                    cells += sum(1 for match in CELL_TAG.finditer(buffer) if match.start() < cut)
                    tail = buffer[cut:]
                    if cells > limit:
                        raise too_many
            cells += len(CELL_TAG.findall(tail))
    if cells > limit:
        raise too_many


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# Row errors


@dataclass
class ErrorSummary:
    """How many rows had an error, and the messages of the first `shown` of them."""

    shown: int = 20
    count: int = 0
    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.messages) < self.shown:
            self.messages.append(message)

    def __bool__(self) -> bool:
        return bool(self.count)

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        return iter(self.messages)

    @property
    def more(self) -> int:
        return self.count - len(self.messages)

    @property
    def more_text(self) -> str:
        """'and 59,980 more rows with errors', or '' when every message is shown."""
        return more_rows_text(self.more)


def more_rows_text(count: int) -> str:
    if count <= 0:
        return ""
    return ngettext(
        "and %(count)s more row with errors",
        "and %(count)s more rows with errors",
        count,
    ) % {"count": number_format(count, force_grouping=True)}


def text_key(text: str) -> str:
    """How a typed name, heading or choice is compared: case, spaces, the kind of apostrophe and
    ё/е do not matter."""
    text = str(text).replace("’", "'").replace("ʼ", "'").replace("ё", "е").replace("Ё", "Е")
    return " ".join(text.replace(",", ", ").split()).casefold()


def choice_lookup(choices) -> dict[str, str]:
    """Each choice's value and its label in every language of the site, to the value."""
    lookup = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for value, label in choices:
                lookup[text_key(label)] = value
    for value, _label in choices:
        lookup[text_key(value)] = value
    return lookup


def header_check(header: list[str], *, required, optional) -> None:
    """Raise TableRefused naming the missing, unknown and repeated columns of a file's header."""
    known = [*required, *optional]
    missing = [name for name in required if name not in header]
    unknown = [name or "?" for name in header if name not in known]
    twice = sorted({name for name in header if name in known and header.count(name) > 1})
    if not (missing or unknown or twice):
        return
    problems = [
        _("The first row must name the columns: %(required)s, and any of %(optional)s.")
        % {"required": ", ".join(required), "optional": ", ".join(optional)}
    ]
    if missing:
        problems.append(_("Missing: %(columns)s.") % {"columns": ", ".join(missing)})
    if unknown:
        problems.append(_("Not recognised: %(columns)s.") % {"columns": ", ".join(unknown)})
    if twice:
        problems.append(_("Given twice: %(columns)s.") % {"columns": ", ".join(twice)})
    raise TableRefused(" ".join(problems), code="header")
