from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_GET

from audit.services import Action, audit_entry_create
from certificates.models import Certificate
from certificates.selectors import may_download
from core.addresses import client_address
from core.ratelimit import Limit
from credentials.forms import CredentialForm
from credentials.keys import issuer_did
from credentials.selectors import list_count, site_did_document, verify_here
from credentials.services import credential_for, credential_json
from credentials.status import status_list_credential
from credentials.verification import PASSED

# Each check canonicalises a document: a few milliseconds, but not for a script to repeat.
CHECKS = Limit("credentials:verify", count=60, window_seconds=600)


def _public_json(document: dict, content_type: str = "application/json") -> JsonResponse:
    response = JsonResponse(
        document, content_type=content_type, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"  # verifiers read these from any page
    return response


@require_GET
@cache_control(max_age=300, public=True)
def did_json(request):
    return _public_json(site_did_document(), "application/did+json")


@require_GET
@cache_control(max_age=300, public=True)
def issuer_profile(request):
    """The issuer as an Open Badges 3.0 Profile."""
    return _public_json(
        {
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ],
            "id": issuer_did(),
            "type": ["Profile"],
            "name": settings.CREDENTIALS_ISSUER_NAME,
            "url": settings.CREDENTIALS_ISSUER_URL,
        }
    )


@require_GET
@cache_control(max_age=60, public=True)
def status_list(request, number: int):
    if number >= list_count():
        raise Http404
    return _public_json(status_list_credential(number))


@login_required
@require_GET
def download(request, code: str):
    """The holder's signed credential, as a file she keeps (a coordinator may take it too)."""
    certificate = get_object_or_404(Certificate, code=code)
    if not may_download(request.user, certificate):
        raise Http404  # another learner's: not even its existence is confirmed
    credential = credential_for(certificate)
    if certificate.user_id != request.user.pk:
        audit_entry_create(
            request, Action.DOWNLOADED, "credentials.credential", f"pk={certificate.pk}"
        )
    response = HttpResponse(credential_json(credential), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{certificate.code}.credential.json"'
    return response


@csrf_protect
def verify_credential(request):
    """The verification page's other half: a credential file checked here, each check said."""
    context = {"form": CredentialForm()}
    if request.method == "POST":
        address = client_address(request)
        if CHECKS.reached(address):
            context["limited"] = True
            return render(request, "credentials/verify.html", context, status=429)
        CHECKS.record(address)
        form = CredentialForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            document = form.cleaned_data["document"]
            context["report"] = verify_here(document)
            if context["report"].checks[0].outcome == PASSED:
                context["summary"] = _summary(document)
        else:
            return render(request, "credentials/verify.html", context, status=400)
    return render(request, "credentials/verify.html", context)


def _summary(document: dict) -> dict:
    """What a verified credential says, to read beside its checks."""
    subject = document.get("credentialSubject") or {}
    achievement = subject.get("achievement") or {}
    names = [
        item.get("identityHash")
        for item in subject.get("identifier") or []
        if isinstance(item, dict) and item.get("identityType") == "name"
    ]
    return {
        "holder": names[0] if names else "",
        "achievement": achievement.get("name", ""),
        "description": achievement.get("description", ""),
        "valid_from": document.get("validFrom", ""),
    }
