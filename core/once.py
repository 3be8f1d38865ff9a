"""A form posted twice (a double click, a request sent again) does its work once.

Each form carries a fresh token (`once_token`, in a hidden field named FIELD). The view calls
`once_begin` first: the first post with a token claims it in the shared cache and goes on; a
second one is answered with where the first one went (`once_done`), or, while the first is still
at work, with the view's own fallback. A refused post gives its token back (`once_release`), so
that the corrected form can be sent again."""

import hashlib
import secrets

from django.contrib import messages
from django.core.cache import cache
from django.shortcuts import redirect

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


def once_run(request, url: str, act, *, refused: tuple[type[Exception], ...] = ()):
    """The whole of a form view's write, done once: a repeat goes where the first went. `act`
    returns False when it refused (the token is given back, so the corrected form can be sent
    again), a URL to go to instead of `url`, or anything else to go to `url`. An exception of
    `refused` is shown to her as an error message and counts as a refusal."""
    seen = once_begin(request)
    if seen is not None:
        return redirect(seen or url)
    try:
        result = act()
    except refused as error:
        messages.error(request, str(error))
        result = False
    if result is False:
        once_release(request)
        return redirect(url)
    went = result if isinstance(result, str) else url
    once_done(request, went)
    return redirect(went)
