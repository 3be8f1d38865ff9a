"""CSV and XLSX downloads, one way for every report: a cell that a spreadsheet would read as a
formula (a learner's name "=HYPERLINK(…)", a course title "+7 …") is kept as text in both."""

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

from django.http import HttpResponse

# A cell starting with one of these is a formula to a spreadsheet; a learner's name must not be.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What an XLSX sheet's name may not hold, and its length (Excel's own rules).
SHEET_NAME_FORBIDDEN = str.maketrans({char: " " for char in "[]:*?/\\"})
SHEET_NAME_MAX = 31


def neutralised(value):
    """For CSV: a text that would start a formula gets a leading apostrophe, which the
    spreadsheet shows as text (OWASP's advice); any other value is kept as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


_cell = neutralised  # the name the apps used before XLSX came here


def csv_response(
    filename: str, header: list, rows: Iterable[list], *, delimiter: str = ","
) -> HttpResponse:
    """`delimiter=";"` for a file people fill in and save again: Excel with Kyrgyz or Russian
    settings splits columns on ";" only."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that Excel reads Cyrillic as UTF-8
    writer = csv.writer(response, delimiter=delimiter)
    writer.writerow([neutralised(value) for value in header])
    writer.writerows([neutralised(value) for value in row] for row in rows)
    return response


@dataclass
class Sheet:
    """One table of a workbook: its name (cut to Excel's 31 characters), the header row (in
    bold, kept in view while scrolling), the rows, and lines of notes under them (the
    suppression legend)."""

    title: str
    header: list
    rows: Iterable[list]
    notes: tuple[str, ...] = ()


def sheet_names(titles: Iterable[str]) -> list[str]:
    """Names Excel accepts: no []:*?/\\, at most 31 characters, none blank, each once (a
    repeated one gets " (2)", cut to fit)."""
    names: list[str] = []
    for number, title in enumerate(titles, start=1):
        base = " ".join(str(title).translate(SHEET_NAME_FORBIDDEN).split()).strip("'")
        base = base[:SHEET_NAME_MAX] or str(number)
        name, copy = base, 1
        while name.casefold() in {taken.casefold() for taken in names}:
            copy += 1
            suffix = f" ({copy})"
            name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
        names.append(name)
    return names


def xlsx_bytes(sheets: list[Sheet]) -> bytes:
    """A workbook of one sheet per table. A text is always a text cell: openpyxl would store
    "=…" as a formula, so such a cell is written as a string with Excel's quote prefix (shown
    without an apostrophe, and kept as text when the cell is edited)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def cell(sheet, value, *, header=False):
        if value is None:
            value = ""
        if not isinstance(value, (int, float, str)) or isinstance(value, bool):
            value = str(value)
        written = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            written.data_type = "s"  # never "f", whatever the text starts with
            if value.startswith(FORMULA_START):
                written.quotePrefix = True
        if header:
            written.font = bold
        return written

    for sheet_spec, name in zip(sheets, sheet_names(s.title for s in sheets), strict=True):
        sheet = book.create_sheet(title=name)
        sheet.freeze_panes = "A2"
        sheet.append([cell(sheet, value, header=True) for value in sheet_spec.header])
        for row in sheet_spec.rows:
            sheet.append([cell(sheet, value) for value in row])
        if sheet_spec.notes:
            sheet.append([])
            for note in sheet_spec.notes:
                sheet.append([cell(sheet, note)])
    if not sheets:
        book.create_sheet(title="1")
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def xlsx_response(filename: str, sheets: list[Sheet]) -> HttpResponse:
    response = HttpResponse(xlsx_bytes(sheets), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
