from django.utils import translation
from django.utils.translation import gettext


def translated(message: str, language: str = "ky") -> str:
    """`message` in `language`, failing if the catalogue leaves it in English."""
    with translation.override(language):
        text = gettext(message)
    assert text != message, f"no {language} translation for {message!r}"
    return text


def xlsx_bytes(rows, *, empty_cells: int = 0) -> bytes:
    """An .xlsx workbook of `rows`, each row followed by `empty_cells` formatted, empty cells
    (as a sheet whose columns someone formatted to the far right). The sheet's XML is written
    directly: openpyxl takes minutes to write two million cells."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    import openpyxl
    from openpyxl.utils import get_column_letter

    buffer = io.BytesIO()
    workbook = openpyxl.Workbook()
    workbook.active.append(["x"])
    workbook.save(buffer)
    lines, width = [], 1
    for number, row in enumerate(rows, start=1):
        cells = [
            f'<c r="{get_column_letter(col)}{number}" t="inlineStr">'
            f"<is><t>{escape(str(value))}</t></is></c>"
            for col, value in enumerate(row, start=1)
            if value is not None
        ]
        cells += [
            f'<c r="{get_column_letter(col)}{number}" s="0"/>'
            for col in range(len(row) + 1, len(row) + 1 + empty_cells)
        ]
        width = max(width, len(row) + empty_cells)
        lines.append(f'<row r="{number}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{get_column_letter(width)}{len(lines)}"/>'
        f"<sheetData>{''.join(lines)}</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            data = (
                sheet.encode() if info.filename == "xl/worksheets/sheet1.xml" else source.read(info)
            )
            zf.writestr(info.filename, data)
    return out.getvalue()
