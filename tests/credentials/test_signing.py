"""A certificate's OpenBadgeCredential: what it says, that it verifies, that any change breaks
it, that revoking shows, that a rotated key still verifies, and the OB 3.0 schema."""

import copy
import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from django.core.management import call_command
from django.utils.translation import gettext

from certificates.services import certificate_correct_name, certificate_revoke
from credentials.contexts import UnknownContext, document_loader
from credentials.keys import did_document, signing_key
from credentials.multibase import z_decode, z_encode
from credentials.proofs import proof_add
from credentials.selectors import site_did_document, verify_here
from credentials.services import credential_for
from credentials.status import LIST_SIZE, bit_of, status_list_credential
from credentials.verification import FAILED, PASSED, UNCHECKED, verify
from tests.credentials.conftest import HOLDER_EMAIL

SCHEMA = Path(__file__).parents[2] / "credentials/schema/ob_v3p0_achievementcredential_schema.json"


def outcomes(report):
    return {check.name: check.outcome for check in report.checks}


def test_the_credential_says_what_the_certificate_prints_and_no_more(certificate, signed):
    assert signed["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert signed["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert signed["issuer"]["id"] == "did:web:testserver"
    assert signed["issuer"]["type"] == ["Profile"]
    subject = signed["credentialSubject"]
    email, name = subject["identifier"]
    assert email["identityType"] == "emailAddress" and email["hashed"] is True
    expected = hashlib.sha256((HOLDER_EMAIL.lower() + email["salt"]).encode()).hexdigest()
    assert email["identityHash"] == f"sha256${expected}"
    assert name == {
        "type": "IdentityObject",
        "identityType": "name",
        "hashed": False,
        "identityHash": "Бүбүсара Өмүрбекова",
    }
    achievement = subject["achievement"]
    assert achievement["id"] == f"urn:uuid:{certificate.course_key}"
    assert achievement["name"] == certificate.course_title
    assert achievement["inLanguage"] == "ky"
    assert achievement["creditsAvailable"] == float(certificate.hours)
    assert achievement["criteria"]["narrative"]
    assert certificate.course_title in achievement["description"]
    text = json.dumps(signed, ensure_ascii=False)
    for private in ("Аялдар борбору", "1985", HOLDER_EMAIL, HOLDER_EMAIL.lower()):
        assert private not in text
    status = signed["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusListCredential"] == "http://testserver/credentials/status/0.json"
    proof = signed["proof"]
    assert proof["type"] == "DataIntegrityProof"
    assert proof["cryptosuite"] == "eddsa-rdfc-2022"
    assert proof["proofPurpose"] == "assertionMethod"
    assert proof["verificationMethod"].startswith("did:web:testserver#z6Mk")
    assert proof["proofValue"].startswith("z") and len(z_decode(proof["proofValue"])) == 64


def test_it_is_signed_once(certificate, signed):
    assert credential_for(certificate).document == signed


def test_a_credential_verifies(signed):
    report = verify_here(signed)
    assert outcomes(report) == {"signature": PASSED, "dates": PASSED, "status": PASSED}
    assert report.valid


def _set(path, value):
    def change(document):
        *parents, last = path
        target = document
        for part in parents:
            target = target[part]
        target[last] = value(target[last]) if callable(value) else value

    return change


def _flip_last(text: str) -> str:
    return text[:-1] + ("2" if text[-1] != "2" else "3")


CHANGES = {
    "name": _set(["name"], "Башка курс"),
    "holder's name": _set(["credentialSubject", "identifier", 1, "identityHash"], "Башка Аял"),
    "email hash": _set(["credentialSubject", "identifier", 0, "identityHash"], _flip_last),
    "hours": _set(["credentialSubject", "achievement", "creditsAvailable"], 100.0),
    "language": _set(["credentialSubject", "achievement", "inLanguage"], "ru"),
    "valid from": _set(["validFrom"], "2020-01-01T00:00:00Z"),
    "issuer's name": _set(["issuer", "name"], "Башка"),
    "status index": _set(["credentialStatus", "statusListIndex"], "99"),
    "proof created": _set(["proof", "created"], "2020-01-01T00:00:00Z"),
    "proof value": _set(["proof", "proofValue"], _flip_last),
    "a byte of the signature": _set(
        ["proof", "proofValue"],
        lambda value: z_encode(bytes([z_decode(value)[0] ^ 1]) + z_decode(value)[1:]),
    ),
    "an added field": lambda document: document["credentialSubject"].update(narrative="Мыкты"),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_changing_any_field_breaks_the_signature(signed, change):
    changed = copy.deepcopy(signed)
    CHANGES[change](changed)
    report = verify_here(changed)
    assert outcomes(report)["signature"] == FAILED
    assert not report.valid


def test_a_credential_signed_by_another_key_is_refused(signed):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from credentials.proofs import proof_add

    forged = proof_add(
        {k: v for k, v in signed.items() if k != "proof"},
        key=Ed25519PrivateKey.generate(),
        verification_method=signed["proof"]["verificationMethod"],
        created=signed["proof"]["created"],
    )
    assert outcomes(verify_here(forged))["signature"] == FAILED


def test_a_revoked_certificate_shows_revoked(certificate, signed, coordinator):
    certificate_revoke(certificate=certificate, reason="Ката менен берилген", by=coordinator)

    report = verify_here(signed)
    assert outcomes(report) == {"signature": PASSED, "dates": PASSED, "status": FAILED}
    assert report.revoked
    status = status_list_credential(0)
    index = int(signed["credentialStatus"]["statusListIndex"])
    assert bit_of(status["credentialSubject"]["encodedList"], index) == 1
    assert bit_of(status["credentialSubject"]["encodedList"], index + 1) == 0


def test_a_replaced_certificate_shows_revoked_and_its_correction_verifies(
    certificate, signed, coordinator
):
    new = certificate_correct_name(certificate=certificate, name="Бүбүсара Өмүрова", by=coordinator)
    assert verify_here(signed).revoked
    assert verify_here(credential_for(new).document).valid


def test_the_status_list_is_a_signed_gzipped_16kb_bitstring(signed):
    status = status_list_credential(0)
    assert status["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status["credentialSubject"]["type"] == "BitstringStatusList"
    encoded = status["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")
    import gzip

    from credentials.multibase import u_decode

    assert len(gzip.decompress(u_decode(encoded))) * 8 == LIST_SIZE == 131072
    assert (
        outcomes(verify(status, did_document=site_did_document(), status_bit=lambda e: 0))[
            "signature"
        ]
        == PASSED
    )


def test_a_rotated_key_still_verifies_old_credentials(certificate, signed, course, holder, db):
    old_method = signed["proof"]["verificationMethod"]
    old_key = signing_key().private
    call_command("credentials_keygen", "--rotate")

    key = signing_key()
    assert key.method != old_method
    document = did_document()
    methods = [method["id"] for method in document["verificationMethod"]]
    assert methods == [key.method, old_method]  # the current key first, the retired one kept
    assert document["assertionMethod"] == methods
    assert verify_here(signed).valid
    # The old key, had it leaked, signs nothing the site accepts after its retirement.
    later = {k: v for k, v in signed.items() if k != "proof"}
    forged = proof_add(
        later, key=old_key, verification_method=old_method, created="2099-01-01T00:00:00Z"
    )
    report = verify_here(forged)
    assert outcomes(report)["signature"] == FAILED
    assert report.checks[0].detail == gettext("It was signed with a key the issuer had retired.")
    # What is signed now is signed with the new key.
    assert status_list_credential(0)["proof"]["verificationMethod"] == key.method


def test_keygen_refuses_to_overwrite_a_key(signed):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("credentials_keygen")


def test_the_private_key_is_never_in_the_database(signed, signing_key_file):
    from django.db import connection

    pem = signing_key_file.read_text()
    assert pem.startswith("-----BEGIN PRIVATE KEY-----")
    assert oct(signing_key_file.stat().st_mode & 0o777) == "0o600"
    from credentials.keys import secret_multibase

    secret = secret_multibase(signing_key().private)
    with connection.cursor() as cursor:
        for table in ("credentials_issuerkey", "credentials_credential"):
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608
            dump = repr(cursor.fetchall())
            assert secret not in dump and secret[5:25] not in dump


def test_a_key_from_the_environment_signs(settings, certificate):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from credentials.keys import public_multibase, secret_multibase
    from credentials.models import Credential

    Credential.objects.filter(certificate=certificate).delete()  # signed with its PDF
    key = Ed25519PrivateKey.generate()
    settings.CREDENTIALS_SIGNING_KEY = secret_multibase(key)
    signed = credential_for(certificate).document
    assert signed["proof"]["verificationMethod"].endswith(public_multibase(key))
    assert verify_here(signed).valid


def test_the_credential_validates_against_the_open_badges_schema(signed):
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft201909Validator.check_schema(schema)
    jsonschema.Draft201909Validator(schema).validate(signed)
    broken = copy.deepcopy(signed)
    del broken["credentialSubject"]["achievement"]["criteria"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft201909Validator(schema).validate(broken)


def test_an_unknown_context_fails_loudly(signed):
    with pytest.raises(UnknownContext):
        document_loader("https://example.org/context.json")
    changed = copy.deepcopy(signed)
    changed["@context"].append("https://example.org/context.json")
    report = verify_here(changed)
    assert outcomes(report)["signature"] == FAILED
    assert "example.org" in report.checks[0].detail


def test_dates_in_the_future_fail(signed):
    from datetime import datetime

    report = verify_here(signed)
    assert report.valid
    early = verify(
        signed,
        did_document=site_did_document(),
        status_bit=lambda entry: 0,
        now=datetime.fromisoformat("2000-01-01T00:00:00+00:00"),
    )
    assert outcomes(early)["dates"] == FAILED


def test_a_status_list_that_cannot_be_read_is_said(signed):
    report = verify(signed, did_document=site_did_document(), status_bit=lambda entry: None)
    assert outcomes(report)["status"] == UNCHECKED
    assert not report.valid


def test_a_deleted_account_leaves_no_hashed_email_here_and_her_copy_verifies(
    certificate, signed, holder
):
    from credentials.models import Credential

    holder.delete()

    credential = Credential.objects.get(certificate=certificate)
    assert credential.document is None and credential.salt == ""
    assert verify_here(signed).valid
