"""Checking a credential: its signature against the issuer's keys, its dates, and its status
in the issuer's status list. Used by the site's verification page (keys and statuses from the
database) and by `manage.py verify_credential` (a cached DID document and status list)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from credentials.keys import public_key
from credentials.proofs import ProofError, proof_verify
from credentials.status import bit_of

PASSED, FAILED, UNCHECKED = "passed", "failed", "unchecked"


@dataclass
class Check:
    name: str
    outcome: str
    detail: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return bool(self.checks) and all(check.outcome == PASSED for check in self.checks)

    @property
    def revoked(self) -> bool:
        return any(c.name == "status" and c.outcome == FAILED for c in self.checks)

    def add(self, name, outcome, detail=""):
        self.checks.append(Check(str(name), outcome, str(detail)))


def keys_of(did_document: dict) -> dict[str, str]:
    """The verification methods a DID document lists for assertions: id → publicKeyMultibase."""
    methods = {
        m.get("id"): m.get("publicKeyMultibase")
        for m in did_document.get("verificationMethod", [])
        if isinstance(m, dict) and m.get("type") == "Multikey"
    }
    allowed = set(did_document.get("assertionMethod", []))
    return {mid: key for mid, key in methods.items() if mid in allowed and key}


def _moment(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    moment = parse_datetime(value)
    if moment is not None and timezone.is_naive(moment):
        return None
    return moment


def verify(
    document,
    *,
    did_document: dict,
    status_bit: Callable[[dict], int | None],
    now: datetime | None = None,
) -> Report:
    """`status_bit(entry)` reads the credential's bit in its status list: 1 revoked, 0 not,
    None when the list cannot be read (offline without a cached list)."""
    report = Report()
    now = now or timezone.now()
    if not isinstance(document, dict) or "proof" not in document:
        report.add("signature", FAILED, _("This is not a signed credential."))
        return report
    proof = document.get("proof") if isinstance(document.get("proof"), dict) else {}
    method = proof.get("verificationMethod", "")
    issuer = document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    keys = keys_of(did_document)
    signed = False
    if issuer_id != did_document.get("id") or not str(method).startswith(f"{issuer_id}#"):
        report.add("signature", FAILED, _("The credential was not issued by this issuer."))
    elif method not in keys:
        report.add("signature", FAILED, _("The issuer never had the key that signed it."))
    elif proof.get("proofPurpose") != "assertionMethod":
        report.add("signature", FAILED, _("The proof is not an assertion."))
    else:
        try:
            signed = proof_verify(document, public_key(keys[method]))
        except (ProofError, ValueError) as error:
            report.add("signature", FAILED, _("The signature cannot be checked: %s") % error)
        else:
            if signed:
                report.add("signature", PASSED, _("Signed by the issuer; not changed since."))
            else:
                report.add("signature", FAILED, _("The signature does not match: it was changed."))
    valid_from, valid_until = _moment(document.get("validFrom")), document.get("validUntil")
    if valid_from is None:
        report.add("dates", FAILED, _("The credential has no valid start date."))
    elif valid_from > now:
        report.add("dates", FAILED, _("The credential is not valid yet."))
    elif valid_until is not None and (_moment(valid_until) is None or _moment(valid_until) < now):
        report.add("dates", FAILED, _("The credential has expired."))
    else:
        report.add("dates", PASSED, _("Valid today."))
    entry = document.get("credentialStatus")
    if not isinstance(entry, dict) or entry.get("type") != "BitstringStatusListEntry":
        report.add("status", FAILED, _("The credential names no status list."))
        return report
    try:
        bit = status_bit(entry)
    except (ValueError, KeyError, TypeError, OSError):
        bit = None
    if bit is None:
        report.add("status", UNCHECKED, _("Its status list could not be read."))
    elif bit:
        report.add("status", FAILED, _("The issuer revoked it."))
    else:
        report.add("status", PASSED, _("Not revoked."))
    return report


def bit_from_list(status_list: dict, entry: dict, *, did_document: dict) -> int | None:
    """The entry's bit in a status list credential, once that list's own signature checks."""
    if status_list.get("id") != entry.get("statusListCredential"):
        return None
    check = verify(status_list, did_document=did_document, status_bit=lambda _entry: 0)
    if check.checks[0].outcome != PASSED:
        return None
    return bit_of(status_list["credentialSubject"]["encodedList"], int(entry["statusListIndex"]))
