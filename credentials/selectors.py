"""Reads: the site's own view of its keys and status lists, for its verification page."""

from django.core.exceptions import ImproperlyConfigured

from credentials.keys import did_document, signing_key
from credentials.status import LIST_SIZE, list_url, revoked_indexes
from credentials.verification import Report, verify


def site_did_document() -> dict:
    try:
        signing_key()  # the current key is listed even before it signed anything
    except ImproperlyConfigured:
        pass
    return did_document()


def site_status_bit(entry: dict) -> int | None:
    """The entry's bit, read from the database, when it names one of this site's lists."""
    url = entry.get("statusListCredential", "")
    index = int(entry.get("statusListIndex", ""))
    for number in range(_list_count()):
        if url == list_url(number):
            if not 0 <= index < LIST_SIZE:
                return None
            return 1 if index in set(revoked_indexes(number)) else 0
    return None


def _list_count() -> int:
    from credentials.models import Credential

    last = Credential.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return last // LIST_SIZE + 1


def verify_here(document) -> Report:
    return verify(document, did_document=site_did_document(), status_bit=site_status_bit)
