"""Limits on how often something may be done per subject (a client address, an account), for
every limit of the site: failed certificate look-ups, failed sign-ins, reset emails, sign-ups.

A fixed window: the key names it, so no backend's handling of timeouts on incr matters. The
count lives in the shared cache (Redis in production, files in var/ on the embedded default),
so every process of the site sees the same count. Subjects are hashed into the key: no email
address is stored in the cache, and any text makes a valid key."""

import hashlib
import time
from dataclasses import dataclass

from django.core.cache import cache


def _now() -> float:
    """The clock the windows are cut from (a test holds it still inside one window)."""
    return time.time()


@dataclass(frozen=True)
class Limit:
    name: str
    count: int
    window_seconds: int

    def _key(self, subject: str) -> str:
        digest = hashlib.sha256(subject.encode()).hexdigest()[:32]
        return f"limit:{self.name}:{digest}:{int(_now()) // self.window_seconds}"

    def used(self, subject: str) -> int:
        return cache.get(self._key(subject), 0)

    def reached(self, subject: str) -> bool:
        return self.used(subject) >= self.count

    def record(self, subject: str) -> None:
        key = self._key(subject)
        if cache.add(key, 1, timeout=self.window_seconds):
            return
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=self.window_seconds)
            return
        # Some backends' incr (files, database) sets the default timeout again.
        cache.touch(key, self.window_seconds)

    def clear(self, subject: str) -> None:
        cache.delete(self._key(subject))
