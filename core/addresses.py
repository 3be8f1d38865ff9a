"""The address a request comes from, for every limit that counts per client.

REMOTE_ADDR is the peer that opened the connection. Only when that peer is one of our own proxies
(settings.TRUSTED_PROXIES: addresses or networks) does X-Forwarded-For count, and then only its
right-most entry, the one our proxy appended: everything left of it is the client's own word."""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=16)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies if proxy)


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request) -> str:
    peer = request.META.get("REMOTE_ADDR", "")
    if _trusted(peer):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return peer
