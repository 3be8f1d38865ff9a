import math

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from audit.services import audited, exported_if
from core import tabular
from core.exports import csv_response
from core.params import parse_int
from webinars.attendance import ReportRefused
from webinars.calendar import webinar_ics
from webinars.models import AttendanceRow, Registration, WebinarPage
from webinars.selectors import registration_for, sees_report
from webinars.services import (
    RecordingRefused,
    RegistrationRefused,
    attendance_import,
    attendance_match,
    recording_progress,
    registration_cancel,
    registration_create,
)


def _webinar(page_id: int) -> WebinarPage:
    return get_object_or_404(WebinarPage.objects.live(), pk=page_id)


@login_required
@require_POST
def register(request, page_id: int):
    webinar = _webinar(page_id)
    try:
        registration = registration_create(user=request.user, webinar=webinar)
    except RegistrationRefused as refusal:
        messages.error(request, str(refusal))
    else:
        if registration.is_registered:
            messages.success(request, _("You are registered. A confirmation email is on its way."))
        else:
            messages.info(
                request,
                _(
                    "All places are taken: you are on the waiting list. "
                    "We will email you if a place frees."
                ),
            )
    return redirect(webinar.get_url(request))


@login_required
@require_POST
def cancel(request, page_id: int):
    webinar = _webinar(page_id)
    registration = registration_for(request.user, webinar)
    if registration is not None:
        registration_cancel(registration=registration, webinar=webinar)
        messages.success(request, _("Your registration is cancelled."))
    return redirect(webinar.get_url(request))


def calendar(request, page_id: int):
    webinar = _webinar(page_id)
    response = HttpResponse(
        webinar_ics(webinar, request.build_absolute_uri(webinar.get_url(request))),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="webinar-{webinar.pk}.ics"'
    # Set here, not only by SecurityMiddleware: a file is never sniffed into something runnable.
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def watched(request, page_id: int):
    """One progress report of the player: the part of the recording played since the last one."""
    webinar = _webinar(page_id)
    try:
        start, end = (float(request.POST.get(name, "")) for name in ("from", "to"))
    except ValueError:
        start = end = math.nan
    if not (math.isfinite(start) and math.isfinite(end)):
        return HttpResponse(_("The progress report is not understood."), status=400)
    try:
        recording_progress(user=request.user, webinar=webinar, start=start, end=end)
    except RecordingRefused as refusal:
        return HttpResponse(str(refusal), status=400)
    return HttpResponse(status=204)


def _registrations(webinar):
    return (
        Registration.objects.filter(webinar_key=webinar.translation_key)
        .select_related("user")
        .order_by("position")
    )


@login_required
@audited("webinars.report", exported_if("csv"))
def report(request, page_id: int):
    webinar = _webinar(page_id)
    if not sees_report(request.user):
        raise PermissionDenied
    if request.method == "POST":
        return _report_post(request, webinar)
    registrations = _registrations(webinar)
    download = request.GET.get("csv")
    if download == "registrations":
        return csv_response(
            f"webinar-{webinar.pk}-registrations.csv",
            [
                pgettext("person", "Name"),
                _("Email"),
                _("Status"),
                _("Position"),
                _("Minutes attended"),
                _("Attended"),
            ],
            (
                [
                    r.user.full_name,
                    r.user.email,
                    r.get_status_display(),
                    r.position,
                    r.minutes_attended,
                    _("yes") if r.attended else _("no"),
                ]
                for r in registrations
            ),
        )
    registrations = list(registrations)
    return render(
        request,
        "webinars/report.html",
        {
            "webinar": webinar,
            "registrations": registrations,
            "unmatched": AttendanceRow.objects.filter(
                webinar_key=webinar.translation_key, registration__isnull=True
            ),
            "totals": {
                "registered": sum(r.is_registered for r in registrations),
                "waiting": sum(r.status == Registration.Status.WAITING for r in registrations),
                "attended": sum(r.attended for r in registrations),
            },
        },
    )


def _report_post(request, webinar):
    here = request.path
    if "report" in request.FILES:
        upload = request.FILES["report"]
        if upload.size > tabular.MAX_BYTES:
            messages.error(request, _("The file is larger than 5 MB."))
            return redirect(here)
        try:
            summary = attendance_import(webinar=webinar, data=upload.read())
        except ReportRefused as refusal:
            messages.error(request, str(refusal))
            return redirect(here)
        messages.success(
            request,
            _(
                "Imported %(added)s rows (%(duplicates)s already known, skipped); "
                "%(matched)s matched, "
                "%(unmatched)s to match by hand; %(attended)s newly counted as attended."
            )
            % summary.__dict__,
        )
        # The first rows with errors, and how many more: one short page, whatever the file.
        for error in summary.errors:
            messages.warning(request, error)
        if summary.errors.more:
            messages.warning(request, summary.errors.more_text)
        return redirect(here)
    row = get_object_or_404(
        AttendanceRow, pk=parse_int(request.POST.get("row"), 0), webinar_key=webinar.translation_key
    )
    registration = get_object_or_404(
        Registration,
        pk=parse_int(request.POST.get("registration"), 0),
        webinar_key=webinar.translation_key,
    )
    attendance_match(webinar=webinar, row=row, registration=registration)
    messages.success(request, _("The row is matched."))
    return redirect(here)
