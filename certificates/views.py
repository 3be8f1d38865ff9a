from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.services import Action, audit_entry_create, audited
from certificates import print_jobs
from certificates.codes import normalise
from certificates.forms import CorrectNameForm, PrintForm, RevokeForm, VerifyForm
from certificates.layouts import dates_text, hours_text, hours_with_unit
from certificates.models import Certificate, PrintJob
from certificates.programme_certificates import awaiting_review
from certificates.register import RegisterFilter
from certificates.selectors import may_download, may_manage_certificates, register_queryset
from certificates.services import (
    CertificateRefused,
    certificate_correct_name,
    certificate_render_again,
    certificate_revoke,
)
from core import private_files
from core.addresses import client_address
from core.params import parse_ids
from core.ratelimit import Limit

PAGE_SIZE = 50
# Only codes that match no certificate are counted, so that nobody can try codes by the thousand
# while a class on one Wi-Fi may check as many real certificates as it has. Once an address has
# failed that often, every look-up from it is refused until the window ends (otherwise a guesser
# would still learn which guesses hit).
FAILED_LOOKUPS = Limit("certificates:verify-failed", count=30, window_seconds=600)


def _coordinators_only(request):
    if not may_manage_certificates(request.user):
        raise PermissionDenied


def _verify(request, typed: str):
    if FAILED_LOOKUPS.reached(client_address(request)):
        context = {"form": VerifyForm(), "limited": True}
        return render(request, "certificates/verify.html", context, status=429)
    code = normalise(typed)
    certificate = Certificate.objects.filter(code=code).first() if code else None
    if certificate is None:
        FAILED_LOOKUPS.record(client_address(request))
    # The page shows holder, course, date and status only: never any other profile data.
    context = {
        "form": VerifyForm(initial={"code": typed}),
        "certificate": certificate,
        "typed": typed,
    }
    language = get_language()
    if certificate is not None and certificate.is_training:
        context["held_on"] = dates_text(certificate.started_on, certificate.completed_on, language)
        context["hours"] = hours_text(certificate.hours, language)
    if certificate is not None and certificate.is_programme:
        context["hours"] = hours_with_unit(certificate.hours, language)
        context["items"] = [
            (item["title"], hours_with_unit(Decimal(item["hours"]), language))
            for item in certificate.items
        ]
    return render(request, "certificates/verify.html", context, status=200 if certificate else 404)


def verify(request):
    typed = request.GET.get("code", "").strip()
    if not typed:
        return render(request, "certificates/verify.html", {"form": VerifyForm()})
    return _verify(request, typed)


def verify_code(request, code: str):
    return _verify(request, code)


@login_required
def download(request, code: str):
    certificate = get_object_or_404(Certificate, code=code)
    if not may_download(request.user, certificate):
        raise Http404  # another learner's certificate: not even its existence is confirmed
    if not certificate.is_ready:
        messages.info(request, _("Your certificate is being prepared. Try again in a minute."))
        return redirect("courses:my_learning")
    if certificate.user_id != request.user.pk:  # a coordinator, not the holder
        audit_entry_create(
            request, Action.DOWNLOADED, "certificates.certificate", f"pk={certificate.pk}"
        )
    return private_files.send_field(
        certificate.pdf,
        filename=f"{certificate.code}.pdf",
        as_attachment=True,
        content_type="application/pdf",
    )


@login_required
@audited("certificates.register")
def register(request):
    _coordinators_only(request)
    form = RegisterFilter(request.GET, viewer=request.user)
    certificates = form.filter(register_queryset())
    page = Paginator(certificates.order_by("-completed_on", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "form": form,
        "page": page,
        "query": request.GET.urlencode(),
        "print_form": PrintForm(),
        "jobs": PrintJob.objects.filter(created_by=request.user)[:5],
        "reviews_waiting": awaiting_review().count(),
    }
    return render(request, "certificates/register.html", context)


@login_required
@require_POST
def print_create(request):
    _coordinators_only(request)
    form = PrintForm(request.POST)
    if request.POST.get("scope") == "all":
        filter_form = RegisterFilter(request.GET, viewer=request.user)
        ids = list(
            filter_form.filter(register_queryset())
            .order_by("holder_name", "pk")
            .values_list("pk", flat=True)
        )
    else:
        ids = parse_ids(request.POST.getlist("certificate"))
    try:
        if not form.is_valid():
            raise CertificateRefused(_("Choose a PDF or a ZIP."))
        job = print_jobs.print_job_create(
            certificate_ids=ids, kind=form.cleaned_data["kind"], by=request.user
        )
    except CertificateRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(f"{reverse('certificates:register')}?{request.GET.urlencode()}")
    audit_entry_create(
        request, Action.PRINTED, "certificates.print_job", f"job={job.pk} count={len(ids)}"
    )
    return redirect("certificates:print_job", job_id=job.pk)


def _job_for(request, job_id: int) -> PrintJob:
    """Coordinators' jobs, and the job a session's trainer made of her session's certificates
    (certificates.training_views): hers to follow and download."""
    job = get_object_or_404(PrintJob, pk=job_id)
    if job.created_by_id != request.user.pk:
        _coordinators_only(request)
    return job


@login_required
def print_job(request, job_id: int):
    job = _job_for(request, job_id)
    context = {
        "job": job,
        "progress": print_jobs.progress(job),
        "stalled": print_jobs.is_stalled(job),
        "ready": job.status == PrintJob.Status.DONE and bool(job.file),
        "may_manage": may_manage_certificates(request.user),
    }
    return render(request, "certificates/print_job.html", context)


@login_required
@audited("certificates.print_job", Action.DOWNLOADED)
def print_job_download(request, job_id: int):
    job = _job_for(request, job_id)
    if job.status != PrintJob.Status.DONE or not job.file:
        raise Http404
    return private_files.send_field(
        job.file, filename=f"certificates-{job.pk}.{job.kind}", as_attachment=True
    )


@login_required
@require_POST
def print_job_retry(request, job_id: int):
    job = _job_for(request, job_id)
    if job.status == PrintJob.Status.FAILED or print_jobs.is_stalled(job):
        print_jobs.print_job_retry(job=job)
        messages.success(request, _("Trying again from where it stopped."))
    return redirect("certificates:print_job", job_id=job.pk)


@login_required
@audited("certificates.certificate")
def manage(request, pk: int):
    _coordinators_only(request)
    certificate = get_object_or_404(
        Certificate.objects.select_related("superseded_by", "revoked_by"), pk=pk
    )
    revoke_form, correct_form = (
        RevokeForm(),
        CorrectNameForm(initial={"name": certificate.holder_name}),
    )
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "revoke":
                revoke_form = RevokeForm(request.POST)
                if revoke_form.is_valid():
                    certificate_revoke(
                        certificate=certificate,
                        reason=revoke_form.cleaned_data["reason"],
                        by=request.user,
                    )
                    messages.success(request, _("The certificate is revoked."))
                    return redirect("certificates:manage", pk=pk)
            elif action == "correct":
                correct_form = CorrectNameForm(request.POST)
                if correct_form.is_valid():
                    new = certificate_correct_name(
                        certificate=certificate,
                        name=correct_form.cleaned_data["name"],
                        by=request.user,
                    )
                    messages.success(request, _("A corrected certificate was issued."))
                    return redirect("certificates:manage", pk=new.pk)
            elif action == "render":
                certificate_render_again(certificate=certificate)
                messages.success(request, _("The PDF is being prepared again."))
                return redirect("certificates:manage", pk=pk)
        except CertificateRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("certificates:manage", pk=pk)
    context = {"certificate": certificate, "revoke_form": revoke_form, "correct_form": correct_form}
    return render(request, "certificates/manage.html", context)
