"""Reads: the site's own view of its keys and status lists, for its verification page."""

from contextlib import suppress

from django.core.exceptions import ImproperlyConfigured

from credentials.keys import did_document, signing_key
from credentials.models import Credential
from credentials.status import LIST_SIZE, list_url, revoked_indexes
from credentials.verification import Report, verify


def site_did_document() -> dict:
    with suppress(ImproperlyConfigured):
        signing_key()  # the current key is listed even before it signed anything
    return did_document()


def site_status_bit(entry: dict) -> int | None:
    """The entry's bit, read from the database, when it names one of this site's lists."""
    url = entry.get("statusListCredential", "")
    index = int(entry.get("statusListIndex", ""))
    for number in range(list_count()):
        if url == list_url(number):
            if not 0 <= index < LIST_SIZE:
                return None
            return 1 if index in set(revoked_indexes(number)) else 0
    return None


def list_count() -> int:
    """How many status lists the site publishes (one at least)."""
    last = Credential.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return last // LIST_SIZE + 1


def verify_here(document) -> Report:
    return verify(document, did_document=site_did_document(), status_bit=site_status_bit)
