"""The downloads of a report's tables: CSV (one table), XLSX (a sheet per table) and the donor
PDF (every table with its chart), each written to the audit log with the filters it was asked
with. A view checks who asks, builds the sections (already suppressed) and returns one of these."""

import re

from django.http import HttpResponse
from django.utils.translation import get_language

from audit.services import Action, audit_entry_create
from core.exports import csv_response
from core.workbooks import Sheet, workbook_response
from reports.donor_pdf import Section, render_donor_pdf

FORMATS = ("csv", "xlsx", "pdf")


def export_filename(stem: str, fmt: str) -> str:
    """A name every browser and system keeps: ASCII letters, digits and hyphens."""
    safe = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower() or "report"
    return f"{safe[:60]}.{fmt}"


def export_response(
    request,
    *,
    fmt: str,
    what: str,
    stem: str,
    title: str,
    period_label: str,
    filters: list[tuple[str, str]],
    sections: list[Section],
    suppression_note: str,
    language: str | None = None,
) -> HttpResponse:
    """The sections as `fmt` ("csv": the first section only, "xlsx", "pdf"), noted in the audit
    log as exported by request.user under `what` (e.g. "reports.dashboard"); `stem` names the
    file. The PDF is in `language`, the active one unless given."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    filename = export_filename(stem, fmt)
    if fmt == "csv":
        section = sections[0] if sections else Section(title)
        response = csv_response(filename, section.header, [*section.rows, [], [suppression_note]])
    elif fmt == "xlsx":
        response = workbook_response(
            filename,
            [
                Sheet(section.title, section.header, section.rows, notes=(suppression_note,))
                for section in sections
            ],
        )
    else:
        pdf = render_donor_pdf(
            title=title,
            period_label=period_label,
            filters=filters,
            sections=sections,
            suppression_note=suppression_note,
            language=language or get_language(),
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    audit_entry_create(request, Action.EXPORTED, what, f"{fmt} {title}")
    return response
