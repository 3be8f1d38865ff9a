"""The monthly report's download: a private file, for coordinators and administrators only."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from audit.services import Action, audit_entry_create
from core import private_files
from people.roles import Role, has_role
from reports.models import MonthlyReport
from reports.monthly import AUDIT_WHAT


@login_required
def monthly_download(request, pk: int):
    if not has_role(request.user, Role.COORDINATOR, Role.ADMINISTRATOR):
        raise PermissionDenied
    report = get_object_or_404(MonthlyReport, pk=pk)
    audit_entry_create(
        request, Action.DOWNLOADED, AUDIT_WHAT, f"pk={report.pk} month={report.period_start:%Y-%m}"
    )
    return private_files.send_field(
        report.file,
        filename=f"tendik-report-{report.period_start:%Y-%m}.pdf",
        as_attachment=True,
        content_type="application/pdf",
    )
