"""A limit on failed verification look-ups per client address, so that nobody can try codes by
the thousand, while a class on one Wi-Fi may check as many real certificates as it has.

Only codes that match no certificate are counted; once an address has failed LOOKUPS times in a
window, every look-up from it is refused until the window ends (otherwise a guesser would
still learn which guesses hit). The count lives in the shared cache (Redis in production, files
in var/ on the embedded default), so every process of the site sees the same count."""

import time

from django.core.cache import cache

from lms.addresses import client_address

LOOKUPS, WINDOW_SECONDS = 30, 600


def _key(address: str) -> str:
    # A fixed window: the key names it, so no backend's handling of timeouts on incr matters.
    return f"certificates:verify-failed:{address}:{int(time.time()) // WINDOW_SECONDS}"


def failed_lookups(address: str) -> int:
    return cache.get(_key(address), 0)


def lookup_limited(request) -> bool:
    return failed_lookups(client_address(request)) >= LOOKUPS


def failed_lookup_record(request) -> None:
    key = _key(client_address(request))
    if cache.add(key, 1, timeout=WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=WINDOW_SECONDS)
        return
    # Some backends' incr (files, database) sets the default timeout again.
    cache.touch(key, WINDOW_SECONDS)
