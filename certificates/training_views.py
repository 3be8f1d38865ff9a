"""A face-to-face session's certificates: the list, and all of them printed as one PDF, for the
session's trainers and coordinators (the print job is theirs to follow and download)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.services import Action, audit_entry_create
from certificates import print_jobs
from certificates.models import Certificate, PrintJob
from certificates.services import CertificateRefused
from trainings.completion_views import course_title, session_for


def _certificates(session):
    return (
        Certificate.objects.current()
        .filter(training_registration__session=session)
        .select_related("training_registration__participant")
        .order_by("holder_name", "pk")
    )


@login_required
def session_certificates(request, session_id: int):
    session = session_for(request, session_id)
    certificates = list(_certificates(session))
    context = {
        "session": session,
        "course_title": course_title(session),
        "certificates": certificates,
        "jobs": PrintJob.objects.filter(created_by=request.user)[:3],
    }
    return render(request, "certificates/session_certificates.html", context)


@login_required
@require_POST
def session_print(request, session_id: int):
    session = session_for(request, session_id)
    ids = list(_certificates(session).values_list("pk", flat=True))
    try:
        job = print_jobs.print_job_create(
            certificate_ids=ids, kind=PrintJob.Kind.PDF, by=request.user
        )
    except CertificateRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("certificates:session_certificates", session_id=session.pk)
    audit_entry_create(
        request,
        Action.PRINTED,
        "certificates.print_job",
        f"job={job.pk} session={session.pk} count={len(ids)}",
    )
    messages.success(request, _("The certificates are being prepared as one PDF."))
    return redirect("certificates:print_job", job_id=job.pk)
