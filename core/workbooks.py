"""XLSX workbooks of several tables, one sheet each (the donor report's tables, a dashboard's):
the companion of core.exports, with its rule that a cell that a spreadsheet would read as a
formula (a name "=HYPERLINK(…)", a group "+7 …") stays text.

openpyxl stores any text starting with "=" as a formula, so every text here is written as a
string cell, and one that starts like a formula (core.exports.FORMULA_START) gets Excel's quote
prefix: it shows without an apostrophe, and stays text when the cell is edited."""

import io
from collections.abc import Iterable
from dataclasses import dataclass

from django.http import HttpResponse

from core.exports import FORMULA_START

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What a sheet's name may not hold, and its length (Excel's own rules).
SHEET_NAME_FORBIDDEN = str.maketrans({char: " " for char in "[]:*?/\\"})
SHEET_NAME_MAX = 31


@dataclass
class Sheet:
    """One table: its name (made one Excel accepts), the header row (bold, kept in view while
    scrolling), the rows, and lines of notes under them (the suppression legend)."""

    title: str
    header: list
    rows: Iterable[list]
    notes: tuple[str, ...] = ()


def sheet_names(titles: Iterable[str]) -> list[str]:
    """Names Excel accepts: no []:*?/\\, at most 31 characters, none blank, each once (Excel
    ignores case; a repeated one gets " (2)", cut to fit)."""
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
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)

    def cell(sheet, value, *, header=False):
        if value is None:
            value = ""
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            value = str(value)
        written = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            written.data_type = "s"  # never "f", whatever the text starts with
            if value.startswith(FORMULA_START):
                written.quotePrefix = True
        if header:
            written.font = bold
        return written

    for table, name in zip(sheets, sheet_names(table.title for table in sheets), strict=True):
        sheet = book.create_sheet(title=name)
        sheet.freeze_panes = "A2"
        sheet.append([cell(sheet, value, header=True) for value in table.header])
        for row in table.rows:
            sheet.append([cell(sheet, value) for value in row])
        if table.notes:
            sheet.append([])
            for note in table.notes:
                sheet.append([cell(sheet, note)])
    if not sheets:
        book.create_sheet(title="1")
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def workbook_response(filename: str, sheets: list[Sheet]) -> HttpResponse:
    response = HttpResponse(xlsx_bytes(sheets), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
