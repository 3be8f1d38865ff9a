"""Revocation through a Bitstring Status List (W3C Bitstring Status List v1.0): each credential
has a bit, its primary key's place in a list of LIST_SIZE bits (16 KiB, the minimum the spec
allows, so that a list says little about any one holder); a revoked or replaced certificate's
bit is 1. The site publishes each list as a signed BitstringStatusListCredential."""

import gzip
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from credentials.contexts import VC2
from credentials.keys import issuer_did, signing_key
from credentials.models import Credential
from credentials.multibase import u_decode, u_encode
from credentials.proofs import proof_add

LIST_SIZE = 16 * 1024 * 8
PURPOSE = "revocation"


def site_url(path: str) -> str:
    return settings.CREDENTIALS_ISSUER_URL.rstrip("/") + path


def list_url(number: int) -> str:
    return site_url(reverse("credentials:status_list", kwargs={"number": number}))


def place_of(credential: Credential) -> tuple[int, int]:
    return divmod(credential.pk, LIST_SIZE)


def entry_for(credential: Credential) -> dict:
    number, index = place_of(credential)
    url = list_url(number)
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": url,
    }


def revoked_indexes(number: int) -> list[int]:
    """The set bits of list `number`: credentials whose certificate was revoked or replaced."""
    low = number * LIST_SIZE
    pks = Credential.objects.filter(
        Q(certificate__revoked_at__isnull=False) | Q(certificate__superseded_at__isnull=False),
        pk__gte=low,
        pk__lt=low + LIST_SIZE,
    ).values_list("pk", flat=True)
    return sorted(pk - low for pk in pks)


def encode_bits(indexes: list[int]) -> str:
    bits = bytearray(LIST_SIZE // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)  # the first index is the leftmost bit
    return u_encode(gzip.compress(bytes(bits), mtime=0))


def bit_of(encoded: str, index: int) -> int:
    bits = gzip.decompress(u_decode(encoded))
    if len(bits) * 8 < LIST_SIZE or not 0 <= index < len(bits) * 8:
        raise ValueError("status list too short")
    return (bits[index // 8] >> (7 - index % 8)) & 1


def status_list_credential(number: int) -> dict:
    """List `number`, signed; signed again only when its bits (or the key) change."""
    indexes = revoked_indexes(number)
    key = signing_key()
    digest = hashlib.sha256(f"{key.method}|{indexes}".encode()).hexdigest()[:32]
    cache_key = f"credentials:status:{number}:{digest}"
    signed = cache.get(cache_key)
    if signed is None:
        url = list_url(number)
        now = timezone.now().replace(microsecond=0).isoformat().replace("+00:00", "Z")
        document = {
            "@context": [VC2],
            "id": url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": issuer_did(),
            "validFrom": now,
            "credentialSubject": {
                "id": f"{url}#list",
                "type": "BitstringStatusList",
                "statusPurpose": PURPOSE,
                "encodedList": encode_bits(indexes),
            },
        }
        signed = proof_add(document, key=key.private, verification_method=key.method, created=now)
        cache.set(cache_key, signed, timeout=24 * 3600)
    return signed
