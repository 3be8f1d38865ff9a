"""A form posted twice (a double click, a request sent again) does its work once.

Each form carries a fresh token (`once_token`, in a hidden field named FIELD). The view calls
`once_begin` first: the first post with a token claims it in the shared cache and goes on; a
second one is answered with where the first one went (`once_done`), or, while the first is still
at work, with the view's own fallback. A refused post gives its token back (`once_release`), so
that the corrected form can be sent again."""

import hashlib
import secrets

from django.core.cache import cache

FIELD = "once"
TIMEOUT = 24 * 3600


def once_token() -> str:
    return secrets.token_urlsafe(16)


def _key(request) -> str | None:
    token = request.POST.get(FIELD, "")
    if not token:
        return None
    digest = hashlib.sha256(f"{request.user.pk}:{token}".encode()).hexdigest()[:32]
    return f"once:{digest}"


def once_begin(request) -> str | None:
    """None: do the work. Otherwise this token was posted before: the URL to send her to
    ("" while the first post is still at work)."""
    key = _key(request)
    if key is None or cache.add(key, "", timeout=TIMEOUT):
        return None
    return cache.get(key, "")


def once_done(request, url: str) -> None:
    key = _key(request)
    if key is not None:
        cache.set(key, url, timeout=TIMEOUT)


def once_release(request) -> None:
    key = _key(request)
    if key is not None:
        cache.delete(key)
