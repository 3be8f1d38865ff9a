"""How a view meets community.access, for every community app: one decorator for its pages and
one answer to a refused write."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect

from community.access import Action, Refusal, refusal


def member_view(view):
    """Signed in (else the sign-in page) and not expelled (else 403, saying why)."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        refused = refusal(request.user, Action.READ)
        if refused is not None:
            raise PermissionDenied(refused.message)
        return view(request, *args, **kwargs)

    return wrapped


def refused_redirect(request, refused: Refusal, fallback: str):
    """Her refusal shown as a message, and off to where she can put it right (else back)."""
    messages.error(request, refused.message)
    return redirect(refused.url or fallback)
