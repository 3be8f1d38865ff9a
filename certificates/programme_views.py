"""The coordinators' review of programme certificates whose relied-on certificate was revoked:
the list, and her decision on one (revoke or keep, with a reason), logged in the audit."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from audit.services import Action, audit_entry_create, audited
from certificates.forms import ReviewForm
from certificates.models import Certificate
from certificates.programme_certificates import awaiting_review, programme_certificate_review
from certificates.services import CertificateRefused
from certificates.views import _coordinators_only
from core.once import once_begin, once_done, once_release


@login_required
@audited("certificates.programme_reviews")
def programme_reviews(request):
    _coordinators_only(request)
    reviewed = (
        Certificate.objects.filter(reviewed_at__isnull=False)
        .select_related("reviewed_by")
        .order_by("-reviewed_at", "-pk")[:20]
    )
    context = {"waiting": awaiting_review(), "reviewed": reviewed, "form": ReviewForm()}
    return render(request, "certificates/programme_reviews.html", context)


@login_required
@require_POST
def programme_review(request, pk: int):
    _coordinators_only(request)
    back = reverse("certificates:programme_reviews")
    seen = once_begin(request)
    if seen is not None:  # a double click: the first post does the work
        return redirect(seen or back)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = ReviewForm(request.POST)
    try:
        if not form.is_valid():
            raise CertificateRefused(" ".join(next(iter(form.errors.values()))))
        certificate = programme_certificate_review(
            certificate=certificate,
            decision=form.cleaned_data["decision"],
            note=form.cleaned_data["note"],
            by=request.user,
        )
    except CertificateRefused as refusal:
        once_release(request)
        messages.error(request, str(refusal))
        return redirect(f"{back}#c{pk}")
    audit_entry_create(
        request,
        Action.CHANGED,
        "certificates.certificate",
        f"pk={pk} review={certificate.review_decision}",
    )
    if certificate.review_decision == Certificate.Review.REVOKED:
        messages.success(request, _("The programme certificate is revoked."))
    else:
        messages.success(request, _("The programme certificate stays valid."))
    once_done(request, back)
    return redirect(back)
