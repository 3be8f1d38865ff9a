"""CSV downloads, one way for every report (XLSX: core.workbooks, with the same formula rule)."""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

# A cell starting with one of these is a formula to a spreadsheet; a learner's name must not be.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_response(
    filename: str, header: list, rows: Iterable[list], *, delimiter: str = ","
) -> HttpResponse:
    """`delimiter=";"` for a file people fill in and save again: Excel with Kyrgyz or Russian
    settings splits columns on ";" only."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so that Excel reads Cyrillic as UTF-8
    writer = csv.writer(response, delimiter=delimiter)
    writer.writerow([_cell(value) for value in header])  # a header may name a target group
    writer.writerows([_cell(value) for value in row] for row in rows)
    return response


def _cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
