"""A fixed-window limit on verification look-ups per client address, in the cache (Redis in
production), so that nobody can try codes by the thousand."""

from django.conf import settings
from django.core.cache import cache

LOOKUPS, WINDOW_SECONDS = 30, 600


def client_address(request) -> str:
    # Behind production's TLS proxy the client is the last address the proxy added; without
    # a proxy the header is the client's own word and is ignored.
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR", "")


def allow_lookup(request) -> bool:
    key = f"certificates:verify:{client_address(request)}"
    if cache.add(key, 1, timeout=WINDOW_SECONDS):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=WINDOW_SECONDS)
        return True
    return count <= LOOKUPS
