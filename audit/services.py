"""The one way to write the audit log, and a decorator that writes it for a view."""

import ipaddress
from functools import wraps

from django.http import QueryDict

from audit.models import AuditEntry
from core.addresses import client_address

Action = AuditEntry.Action
DETAIL_MAX = AuditEntry._meta.get_field("detail").max_length
# Query parameters that only page or sort a listing: not worth keeping.
NOISE = {"page"}


def _ip(request) -> str | None:
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def _label(user) -> str:
    return f"{user.full_name} <{user.email}>" if user.full_name else user.email


def filters_of(request) -> str:
    """The query string as filters, without paging. It is kept as it was asked, a sensitive
    target group included: the log is for administrators only, and who looked at that group
    is exactly what they must be able to see."""
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if key not in NOISE:
            query.setlist(key, values)
    return query.urlencode()


def audit_entry_create(request, action: str, what: str, detail: str = "") -> AuditEntry:
    """Note that `request.user` did `action` (an AuditEntry.Action) on `what` (a short code such
    as "certificates.register"); `detail` names the object, filters are added from the query."""
    filters = filters_of(request)
    detail = " ".join(part for part in (detail, filters and f"?{filters}") if part)
    return audit_entry_record(
        actor=request.user, action=action, what=what, detail=detail, ip=_ip(request)
    )


def audit_entry_record(
    *, actor, action: str, what: str, detail: str = "", ip: str | None = None
) -> AuditEntry:
    """The same note from a service, which has no request: `actor` is the person acting."""
    signed_in = actor is not None and actor.is_authenticated
    return AuditEntry.objects.create(
        actor=actor if signed_in else None,
        actor_label=_label(actor) if signed_in else "",
        action=action,
        what=what,
        detail=detail[:DETAIL_MAX],
        ip=ip,
    )


def audited(what: str, action=Action.VIEWED, detail=None):
    """Record a view's answer when it hands over the data (a 200), never a refusal or a redirect.
    `action` and `detail` may be functions of (request, **kwargs), for a view that both shows and
    exports; `detail` defaults to the URL's arguments."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if response.status_code == 200:
                did = action(request, **kwargs) if callable(action) else action
                if did:
                    about = detail(request, **kwargs) if detail else _arguments(kwargs)
                    audit_entry_create(request, did, what, about)
            return response

        return wrapper

    return decorate


def _arguments(kwargs: dict) -> str:
    return " ".join(f"{key}={value}" for key, value in kwargs.items())


def exported_if(*names: str):
    """An `action` for a view that exports when one of the query parameters `names` is given."""

    def action(request, **kwargs):
        return Action.EXPORTED if any(request.GET.get(name) for name in names) else Action.VIEWED

    return action
