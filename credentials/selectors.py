"""Reads: the site's own view of its keys and status lists, for its verification page."""

from contextlib import suppress

from django.core.exceptions import ImproperlyConfigured
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from credentials.keys import did_document, signing_key
from credentials.models import Credential, IssuerKey
from credentials.status import LIST_SIZE, list_url, revoked_indexes
from credentials.verification import FAILED, PASSED, Check, Report, verify


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
    """`verify` with this site's keys and statuses; and, as only the site knows when a key was
    retired, a proof that claims a date after its key's retirement fails (it was signed with a
    key that should no longer exist)."""
    report = verify(document, did_document=site_did_document(), status_bit=site_status_bit)
    proof = document.get("proof") if isinstance(document, dict) else None
    if report.checks and report.checks[0].outcome == PASSED and isinstance(proof, dict):
        multibase = str(proof.get("verificationMethod", "")).partition("#")[2]
        retired = (
            IssuerKey.objects.filter(public_multibase=multibase)
            .values_list("retired_at", flat=True)
            .first()
        )
        created = parse_datetime(str(proof.get("created", "")))
        if retired is not None and (created is None or created > retired):
            report.checks[0] = Check(
                "signature", FAILED, str(_("It was signed with a key the issuer had retired."))
            )
    return report
