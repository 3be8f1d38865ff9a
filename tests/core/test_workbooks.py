"""CSV downloads (core.exports) and XLSX workbooks (core.workbooks): a cell that would start a
formula stays text in both, and a workbook holds several tables, one sheet each."""

import csv
import io
import zipfile

import openpyxl
import pytest

from core.exports import csv_response
from core.workbooks import Sheet, sheet_names, workbook_response, xlsx_bytes

DANGEROUS = ["=1+2", "+7 700", "-2+3", "@SUM(A1)", "\tTab", "\rCR", '=HYPERLINK("http://x")']


def _csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


@pytest.mark.parametrize("value", DANGEROUS)
def test_csv_cell_that_starts_a_formula_is_text(value):
    response = csv_response("t.csv", ["Аты", value], [[value, "Айгүл", 12]])
    header, row = _csv_rows(response)
    assert header == ["Аты", "'" + value]
    assert row == ["'" + value, "Айгүл", "12"]


def test_csv_leaves_ordinary_cells_as_they_are():
    response = csv_response("t.csv", ["a"], [["Нарын облусу", "<5", "×", 7, "1-курс"]])
    assert _csv_rows(response)[1] == ["Нарын облусу", "<5", "×", "7", "1-курс"]


def _sheet_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        )


@pytest.mark.parametrize("value", DANGEROUS)
def test_xlsx_cell_that_starts_a_formula_is_text(value):
    data = xlsx_bytes([Sheet("Саны", ["Аты", value], [[value, "Айгүл", 12]])])
    assert "<f>" not in _sheet_xml(data)  # no formula anywhere in the workbook
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    header, row = list(sheet.iter_rows(max_col=3))
    for cell in (header[1], row[0]):
        assert cell.data_type == "s"
        assert cell.quotePrefix  # Excel keeps it as text even when the cell is edited
        assert cell.value.lstrip("\r\n") == value.lstrip("\r")
    assert row[1].value == "Айгүл" and not row[1].quotePrefix
    assert row[2].value == 12 and row[2].data_type == "n"


def test_xlsx_holds_a_sheet_per_table_with_notes_under_each():
    data = xlsx_bytes(
        [
            Sheet("Катталгандар", ["Аймак", "Аял"], [["Нарын облусу", "<5"]], notes=("«<5»",)),
            Sheet("Сертификаттар", ["Аймак", "Эркек"], [["Ош шаары", 12]]),
        ]
    )
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Катталгандар", "Сертификаттар"]
    first = [[cell.value for cell in row] for row in book["Катталгандар"].iter_rows()]
    assert first == [["Аймак", "Аял"], ["Нарын облусу", "<5"], [None, None], ["«<5»", None]]
    assert book["Катталгандар"]["A1"].font.bold
    second = [[cell.value for cell in row] for row in book["Сертификаттар"].iter_rows()]
    assert second == [["Аймак", "Эркек"], ["Ош шаары", 12]]


def test_sheet_names_are_ones_excel_accepts():
    names = sheet_names(["Жалал-Абад: [облус]/аймак", "x" * 40, "x" * 40, "", "Саны", "САНЫ"])
    assert names[0] == "Жалал-Абад облус аймак"
    assert names[1] == "x" * 31 and names[2] == "x" * 27 + " (2)"
    assert names[3] == "4"
    assert names[4] == "Саны" and names[5] == "САНЫ (2)"  # Excel compares names without case
    assert all(len(name) <= 31 for name in names)


def test_xlsx_response_is_a_download():
    response = workbook_response("counts.xlsx", [Sheet("Саны", ["a"], [[1]])])
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"] == 'attachment; filename="counts.xlsx"'
    assert openpyxl.load_workbook(io.BytesIO(response.content)).sheetnames == ["Саны"]
