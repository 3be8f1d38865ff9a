"""The page of stuck work, for coordinators and administrators: what a request stored but no
worker has done yet (the broker was down, or a worker died), with a "Try again" for each.

It lives in lms because it reads several apps (outbox, h5p, certificates), which depend on one
another one way only; none of them owns it."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from certificates.models import Certificate, PrintJob
from certificates.print_jobs import STALE_AFTER
from certificates.tasks import certificate_render as certificate_render_task
from certificates.tasks import print_job_run
from h5p.models import H5PPackage
from h5p.services import packages_requeue
from outbox.selectors import emails_unsent, stuck_after
from outbox.services import email_retry, enqueue
from people.roles import Role, has_role

SHOWN = 100  # rows of each kind on the page; the count says how many there are


def _packages():
    waiting = [H5PPackage.Status.QUEUED, H5PPackage.Status.VALIDATING, H5PPackage.Status.EXTRACTING]
    return H5PPackage.objects.filter(
        status__in=waiting, uploaded_at__lt=timezone.now() - stuck_after()
    ).order_by("uploaded_at")


def _certificates():
    return Certificate.objects.filter(
        rendering=Certificate.Rendering.PENDING, issued_at__lt=timezone.now() - stuck_after()
    ).order_by("issued_at")


def _print_jobs():
    # Queued or running with no word from a worker (print_jobs.is_stalled), or failed.
    silent = timezone.now() - STALE_AFTER
    unfinished = [PrintJob.Status.QUEUED, PrintJob.Status.RUNNING]
    return PrintJob.objects.filter(
        Q(status=PrintJob.Status.FAILED)
        | Q(status__in=unfinished, heartbeat__lt=silent)
        | Q(status__in=unfinished, heartbeat__isnull=True, created_at__lt=silent)
    ).order_by("created_at")


def _retry_package(package: H5PPackage) -> bool:
    return bool(packages_requeue(packages=[package]))


def _retry_certificate(certificate: Certificate) -> bool:
    return enqueue(certificate_render_task, certificate.pk)


def _retry_print_job(job: PrintJob) -> bool:
    # As print_jobs.print_job_retry, but queued now, so that the page can say if it failed.
    PrintJob.objects.filter(pk=job.pk).update(
        status=PrintJob.Status.QUEUED, error="", finished_at=None
    )
    return enqueue(print_job_run, job.pk)


@dataclass(frozen=True)
class Kind:
    title: str
    queryset: Callable
    retry: Callable[[object], bool]


KINDS = {
    "email": Kind(
        gettext_lazy("Emails not sent"), emails_unsent, lambda email: email_retry(email=email)
    ),
    "h5p": Kind(gettext_lazy("H5P packages waiting to be processed"), _packages, _retry_package),
    "certificate": Kind(
        gettext_lazy("Certificates waiting for their PDF"), _certificates, _retry_certificate
    ),
    "print_job": Kind(gettext_lazy("Print jobs not finished"), _print_jobs, _retry_print_job),
}


def _operators_only(request) -> None:
    if not has_role(request.user, Role.COORDINATOR, Role.ADMINISTRATOR):
        raise PermissionDenied


@login_required
def stuck_work(request):
    _operators_only(request)
    sections = []
    for key, kind in KINDS.items():
        queryset = kind.queryset()
        sections.append(
            {"key": key, "title": kind.title, "count": queryset.count(), "rows": queryset[:SHOWN]}
        )
    context = {"sections": sections, "minutes": int(stuck_after().total_seconds() // 60)}
    return render(request, "lms/stuck.html", context)


@login_required
@require_POST
def stuck_retry(request):
    _operators_only(request)
    kind = KINDS.get(request.POST.get("kind", ""))
    try:
        pk = int(request.POST.get("id", ""))
    except ValueError:
        pk = None
    item = kind.queryset().filter(pk=pk).first() if kind and pk else None
    if item is None:
        messages.error(request, _("This item is no longer waiting: it was done meanwhile."))
    elif kind.retry(item):
        messages.success(request, _("Queued again: the worker will take it up."))
    else:
        messages.error(
            request,
            _("The worker cannot be reached now. Nothing is lost: try again in a few minutes."),
        )
    return redirect("stuck_work")
