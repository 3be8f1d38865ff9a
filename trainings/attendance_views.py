"""The sign-in sheet, the attendance grid, the import of a typed-in file, and headcounts.

Who may: the session's lead trainer and co-trainers, and coordinators; a closed session is
changed only by a coordinator (its trainers still print and read). Anyone else gets a 404: a
session's existence is not confirmed to those who have nothing to do with it."""

import secrets

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from audit.services import Action, audited
from core.tabular import TableRefused
from people.models import Gender
from people.regions import Region
from trainings.attendance import (
    AttendanceRefused,
    AttendanceRow,
    attendance_record,
    attendance_record_days,
    headcount_cells,
    headcount_record,
    hours_parse,
    hours_text,
)
from trainings.attendance_import import (
    MAX_ROWS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    ImportPreview,
    ImportRow,
    attendance_parse,
)
from trainings.attendance_selectors import (
    attendance_of,
    course_title,
    headcounts_of,
    records_attendance,
    registrations_of,
    session_page_path,
    shown_participant,
)
from trainings.models import AgeBand, Session, SessionDay
from trainings.selectors import sees_session
from trainings.sheet import sheet_filename, sheet_pdf

SESSION_PREFIX = "attendance-import:"


def _session_for(request, pk: int) -> Session:
    session = get_object_or_404(Session.objects.select_related("lead_trainer"), pk=pk)
    if not sees_session(request.user, session):
        raise Http404
    return session


def _day_for(session: Session, day_id: int) -> SessionDay:
    return get_object_or_404(SessionDay, pk=day_id, session=session)


def _base_context(request, session: Session, day: SessionDay | None = None) -> dict:
    return {
        "session": session,
        "day": day,
        "days": list(session.days.all()),
        "course": course_title(session, request.LANGUAGE_CODE),
        "session_url": session_page_path(session),
        "may_record": records_attendance(request.user, session),
    }


@login_required
@require_GET
@audited("trainings.sheet", Action.PRINTED)
def sheet(request, pk: int, day_id: int):
    """The day's sign-in sheet, a PDF in the session's language."""
    session = _session_for(request, pk)
    day = _day_for(session, day_id)
    data = sheet_pdf(session, day, root=request.build_absolute_uri("/"))
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{sheet_filename(session, day)}"'
    return response


# The grid


def _grid_rows(session: Session, day: SessionDay, posted: dict | None = None) -> list[dict]:
    stored = attendance_of(day)
    rows = []
    for registration in registrations_of(session):
        person = shown_participant(registration)
        if posted is not None and registration.pk in posted:
            present, hours = posted[registration.pk]
        elif registration.pk in stored:
            record = stored[registration.pk]
            present = record.present
            hours = hours_text(record.hours if record.present else day.hours)
        else:
            present, hours = False, hours_text(day.hours)
        rows.append(
            {
                "id": registration.pk,
                "name": person.full_name,
                "present": present,
                "hours": hours,
                "recorded": registration.pk in stored,
                "has_account": person.user_id is not None,
            }
        )
    return rows


@login_required
@require_http_methods(["GET", "POST"])
def attendance(request, pk: int, day_id: int):
    """One form for the whole day: a row per participant, present and hours."""
    session = _session_for(request, pk)
    day = _day_for(session, day_id)
    context = _base_context(request, session, day)
    context["day_hours"] = hours_text(day.hours)
    if request.method == "GET":
        context["rows"] = _grid_rows(session, day)
        return render(request, "trainings/attendance/grid.html", context)

    if not context["may_record"]:
        raise Http404
    try:
        ids = [int(value) for value in request.POST.getlist("row")]
    except ValueError:
        return HttpResponseBadRequest()
    if not ids:
        return HttpResponseBadRequest()
    names = {
        registration.pk: shown_participant(registration).full_name
        for registration in registrations_of(session)
    }
    rows, posted, errors = [], {}, []
    for registration_id in ids:
        present = request.POST.get(f"present-{registration_id}") == "on"
        text = request.POST.get(f"hours-{registration_id}", "").strip()
        posted[registration_id] = (present, text)
        hours = None
        if present and text:
            try:
                hours = hours_parse(text)
            except ValueError:
                errors.append(
                    _("%(name)s: “%(value)s” is not a number of hours.")
                    % {"name": names.get(registration_id, registration_id), "value": text}
                )
        rows.append(AttendanceRow(registration_id=registration_id, present=present, hours=hours))
    row_errors = {}
    if not errors:
        try:
            stored = attendance_record(session=session, day=day, rows=rows, by=request.user)
        except AttendanceRefused as refusal:
            errors, row_errors = refusal.errors, refusal.by_row
        else:
            messages.success(
                request,
                _("Attendance saved: %(present)s of %(count)s present.")
                % {"present": sum(row.present for row in stored), "count": len(stored)},
            )
            return redirect("trainings:attendance", pk=session.pk, day_id=day.pk)
    context["rows"] = _grid_rows(session, day, posted)
    for row in context["rows"]:
        row["errors"] = row_errors.get(row["id"], [])
    context["errors"] = errors
    return render(request, "trainings/attendance/grid.html", context, status=400)


# The import


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Attendance file"),
        help_text=gettext_lazy("A .csv or .xlsx file of at most 5 MB."),
    )

    def __init__(self, *args, session: Session, **kwargs):
        self.session = session
        self.preview: ImportPreview | None = None
        super().__init__(*args, **kwargs)

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            self.preview = attendance_parse(uploaded, session=self.session)
        except TableRefused as error:
            raise forms.ValidationError(error.message, code=error.code) from error
        return uploaded


def _import_context(request, session: Session, form: ImportForm) -> dict:
    context = _base_context(request, session)
    context.update(
        form=form,
        required_columns=REQUIRED_COLUMNS,
        optional_columns=OPTIONAL_COLUMNS,
        max_rows=MAX_ROWS,
        regions=Region.choices,
        genders=Gender.choices,
    )
    return context


def _may_import(request, session: Session) -> None:
    if not records_attendance(request.user, session):
        raise Http404


@login_required
@require_http_methods(["GET", "POST"])
def attendance_import(request, pk: int):
    session = _session_for(request, pk)
    _may_import(request, session)
    if request.method == "GET":
        form = ImportForm(session=session)
        return render(
            request, "trainings/attendance/import.html", _import_context(request, session, form)
        )
    form = ImportForm(request.POST, request.FILES, session=session)
    if not form.is_valid():
        return render(
            request, "trainings/attendance/import.html", _import_context(request, session, form)
        )
    preview, token = form.preview, None
    if preview.is_valid:
        for key in [
            key
            for key, entry in request.session.items()
            if key.startswith(SESSION_PREFIX) and entry.get("session") == session.pk
        ]:
            del request.session[key]
        token = secrets.token_urlsafe(16)
        request.session[SESSION_PREFIX + token] = {
            "session": session.pk,
            "rows": [row.to_session() for row in preview.rows],
        }
    context = _import_context(request, session, ImportForm(session=session))
    context.update(preview=preview, token=token)
    return render(request, "trainings/attendance/import_preview.html", context)


@login_required
@require_POST
def attendance_import_confirm(request, pk: int, token: str):
    session = _session_for(request, pk)
    _may_import(request, session)
    entry = request.session.pop(SESSION_PREFIX + token, None)
    if not entry or entry.get("session") != session.pk:
        messages.warning(
            request,
            _(
                "This file has already been imported, or its preview has expired. Upload it "
                "again if you still need to."
            ),
        )
        return redirect("trainings:attendance_import", pk=session.pk)
    preview = ImportPreview(rows=[ImportRow.from_session(data) for data in entry["rows"]])
    try:
        stored = attendance_record_days(session=session, days=preview.days(), by=request.user)
    except AttendanceRefused as refusal:
        # Only checked rows wait in the session: something changed since the preview.
        by_number = {row.number: row for row in preview.rows}
        for number, problems in refusal.by_row.items():
            by_number[number].errors.extend(problems)
        messages.error(
            request,
            _("Nothing was imported. Rows with errors: %(count)s.")
            % {"count": preview.error_count or len(refusal.errors)},
        )
        context = _import_context(request, session, ImportForm(session=session))
        context.update(preview=preview, token=None, refused=refusal.errors)
        return render(request, "trainings/attendance/import_preview.html", context)
    messages.success(
        request,
        _("Attendance imported: %(count)s rows, %(present)s present.")
        % {"count": len(stored), "present": sum(row.present for row in stored)},
    )
    first_day = min(preview.rows, key=lambda row: row.date).day_id
    return redirect("trainings:attendance", pk=session.pk, day_id=first_day)


# Headcounts


@login_required
@require_http_methods(["GET", "POST"])
def headcount(request, pk: int, day_id: int):
    """Very large events: people counted by gender and age band, not named."""
    session = _session_for(request, pk)
    day = _day_for(session, day_id)
    context = _base_context(request, session, day)
    values = {cell: str(count) for cell, count in headcounts_of(day).items()}
    errors = []
    if request.method == "POST":
        if not context["may_record"]:
            raise Http404
        counts = {}
        for gender, band in headcount_cells():
            text = request.POST.get(f"count-{gender}-{band}", "").strip()
            values[(gender, band)] = text
            if not text:
                counts[(gender, band)] = 0
            elif text.isdigit():
                counts[(gender, band)] = int(text)
            else:
                counts[(gender, band)] = text  # refused by the service, with its message
        try:
            headcount_record(session=session, day=day, counts=counts, by=request.user)
        except AttendanceRefused as refusal:
            errors = refusal.errors
        else:
            messages.success(
                request,
                _("Headcount saved: %(count)s people.") % {"count": sum(counts.values())},
            )
            return redirect("trainings:headcount", pk=session.pk, day_id=day.pk)
    context.update(
        errors=errors,
        bands=AgeBand.choices,
        grid=[
            {
                "label": label,
                "cells": [
                    {
                        "name": f"count-{gender}-{band}",
                        "value": values.get((gender, band), ""),
                        "label": f"{label}, {band_label}",
                    }
                    for band, band_label in AgeBand.choices
                ],
            }
            for gender, label in Gender.choices
        ],
        total=sum(int(value) for value in values.values() if str(value).isdigit()),
    )
    return render(
        request, "trainings/attendance/headcount.html", context, status=400 if errors else 200
    )
