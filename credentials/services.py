"""Issuing a certificate's OpenBadgeCredential: built from the certificate's snapshot (what it
prints, nothing more about the holder), signed with the site's key, kept as signed."""

import hashlib
import json
import secrets
from datetime import UTC

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certificates import wording
from certificates.layouts import dates_text, hours_text, kind_of
from certificates.models import Certificate
from credentials.contexts import OB3, VC2
from credentials.keys import issuer_did, signing_key
from credentials.models import Credential
from credentials.proofs import proof_add
from credentials.status import entry_for


def iso(moment) -> str:
    return moment.replace(microsecond=0).astimezone(UTC).isoformat().replace("+00:00", "Z")


def identity_hash(email: str, salt: str) -> str:
    """Open Badges' salted hash of an identity: "sha256$" and the hex SHA-256 of it and the
    salt. The email is lowercased and trimmed first, as a verifier who knows it would type it."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def holder_email(certificate: Certificate) -> str:
    return certificate.user.email if certificate.user_id and certificate.user else ""


def _criteria(kind: str) -> str:
    if kind == wording.WEBINAR:
        return _("Attend the webinar, as its attendance record shows.")
    if kind == wording.TRAINING:
        return _("Attend the face-to-face training, as its attendance sheet records.")
    if kind == wording.PROGRAMME:
        return _("Complete every course, webinar and training the programme requires.")
    return _("Complete the course as its completion rule requires, checked by the site.")


def _description(certificate: Certificate, kind: str) -> str:
    language = certificate.language
    date = (
        dates_text(certificate.started_on, certificate.completed_on, language)
        if kind == wording.TRAINING
        else dates_text(None, certificate.completed_on, language)
    )
    text = wording.achievement(kind, "").format(
        course=certificate.course_title,
        hours=hours_text(certificate.hours, language),
        date=date,
        place=certificate.place,
    )
    if kind == wording.PROGRAMME:
        text += " " + "; ".join(item["title"] for item in certificate.items) + "."
    return text


def credential_document(certificate: Certificate, credential: Credential) -> dict:
    """The unsigned OpenBadgeCredential of `certificate`, in the certificate's language."""
    kind = kind_of(certificate)
    with translation.override(certificate.language):
        identifiers = []
        email = holder_email(certificate)
        if email:
            identifiers.append(
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "identityHash": identity_hash(email, credential.salt),
                    "salt": credential.salt,
                }
            )
        # The holder's name as the certificate prints it, and nothing else about her.
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": certificate.holder_name,
            }
        )
        hours = float(certificate.hours)
        return {
            "@context": [VC2, OB3],
            "id": f"urn:uuid:{credential.uuid}",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {
                "id": issuer_did(),
                "type": ["Profile"],
                "name": settings.CREDENTIALS_ISSUER_NAME,
                "url": settings.CREDENTIALS_ISSUER_URL,
            },
            "validFrom": iso(certificate.issued_at),
            "name": certificate.course_title,
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": identifiers,
                "creditsEarned": hours,
                "achievement": {
                    # The course's (or webinar's, session's, programme's) key: one achievement
                    # in every language and for every holder.
                    "id": f"urn:uuid:{certificate.course_key}",
                    "type": ["Achievement"],
                    "achievementType": "Course" if kind != wording.PROGRAMME else "Certificate",
                    "name": certificate.course_title,
                    "description": _description(certificate, kind),
                    "criteria": {"narrative": _criteria(kind)},
                    "inLanguage": certificate.language,
                    # Open Badges' "credit hours": the hours the certificate prints.
                    "creditsAvailable": hours,
                },
            },
            "credentialStatus": entry_for(credential),
            # No credentialSchema: its type, 1EdTechJsonSchemaValidator2019, is no term of the
            # contexts, and JSON-LD's safe mode (Digital Bazaar's verifier) refuses the
            # credential for it. The schema is checked in tests/credentials/test_signing.py.
        }


def credential_for(certificate: Certificate) -> Credential:
    """The certificate's signed credential, signed on first need and kept: a second call
    returns the same bytes."""
    credential = Credential.objects.filter(certificate=certificate).first()
    if credential is not None and credential.document:
        return credential
    with transaction.atomic():
        credential, _ = Credential.objects.get_or_create(
            certificate=certificate, defaults={"salt": secrets.token_hex(16)}
        )
        credential = Credential.objects.select_for_update().get(pk=credential.pk)
        if credential.document:
            return credential
        key = signing_key()
        now = iso(timezone.now())
        credential.document = proof_add(
            credential_document(certificate, credential),
            key=key.private,
            verification_method=key.method,
            created=now,
        )
        credential.key = key.record
        credential.signed_at = timezone.now()
        credential.save(update_fields=["document", "key", "signed_at"])
    return credential


def credential_json(credential: Credential) -> bytes:
    return json.dumps(credential.document, ensure_ascii=False, indent=2).encode()
