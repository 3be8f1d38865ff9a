"""reports.export_responses: a report's tables as CSV, XLSX or the donor PDF, each written to
the audit log with the filters asked."""

import io

import openpyxl
import pytest
from django.test import RequestFactory
from pypdf import PdfReader

from audit.models import AuditEntry
from reports.donor_pdf import Section
from reports.export_responses import export_filename, export_response

SECTIONS = [
    Section("Катталгандар", "", None, ["Аймак", "Аял", "Бардыгы"], [["=Нарын", "12", "17"]]),
    Section("Сертификат алгандар", "", None, ["Аймак", "Аял", "Бардыгы"], [["Ош", "<5", "×"]]),
]


@pytest.fixture
def ask(coordinator):
    def make(fmt):
        request = RequestFactory().get("/ky/reports/", {"region": "naryn", "page": "2"})
        request.user = coordinator
        return export_response(
            request,
            fmt=fmt,
            what="reports.dashboard",
            stem="Отчет Q3 / EU",
            title="Отчет: ЕБ",
            period_label="1-июль – 30-сентябрь 2026-ж.",
            filters=[("Облус", "Нарын облусу")],
            sections=SECTIONS,
            suppression_note="«<5»: 5 адамдан аз.",
            language="ky",
        )

    return make


def test_csv_is_the_first_table_with_its_note(ask):
    response = ask("csv")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines() == ["Аймак,Аял,Бардыгы", "'=Нарын,12,17", "", "«<5»: 5 адамдан аз."]
    assert response["Content-Disposition"] == 'attachment; filename="q3-eu.csv"'


def test_xlsx_is_a_sheet_per_table(ask):
    response = ask("xlsx")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Катталгандар", "Сертификат алгандар"]
    assert book["Катталгандар"]["A2"].value == "=Нарын"
    assert book["Катталгандар"]["A2"].data_type == "s"
    assert book["Сертификат алгандар"]["C2"].value == "×"
    assert book["Сертификат алгандар"]["A4"].value == "«<5»: 5 адамдан аз."


def test_pdf_is_the_donor_report(ask):
    response = ask("pdf")
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(PdfReader(io.BytesIO(response.content)).pages[0].extract_text().split())
    assert "Отчет: ЕБ" in text and "Нарын облусу" in text and "Ош <5 ×" in text


def test_every_export_is_in_the_audit_log_with_its_filters(ask, coordinator):
    for fmt in ("csv", "xlsx", "pdf"):
        ask(fmt)
    entries = AuditEntry.objects.filter(what="reports.dashboard").order_by("pk")
    assert [entry.detail for entry in entries] == [
        f"{fmt} Отчет: ЕБ ?region=naryn" for fmt in ("csv", "xlsx", "pdf")
    ]
    assert {entry.action for entry in entries} == {AuditEntry.Action.EXPORTED}
    assert {entry.actor_id for entry in entries} == {coordinator.pk}


def test_unknown_format_is_refused(ask):
    with pytest.raises(ValueError):
        ask("docx")
    assert not AuditEntry.objects.exists()


def test_filenames():
    assert export_filename("Отчет Q3 / EU", "pdf") == "q3-eu.pdf"
    assert export_filename("Отчет", "csv") == "report.csv"
