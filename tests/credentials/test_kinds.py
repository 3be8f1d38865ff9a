"""Every kind of certificate is issued as a credential: a webinar's, a face-to-face training's
(its participant perhaps without an account, so without an email) and a programme's."""

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import jsonschema
from django.utils import timezone

from certificates.codes import new_code
from credentials.selectors import verify_here
from credentials.services import credential_for
from tests.certificates.test_webinar_certificates import attend
from tests.credentials.test_independent import NODE, PACKAGE, digitalbazaar
from tests.webinars.conftest import make_webinar, series  # noqa: F401  (fixture)

SCHEMA = json.loads(
    (
        Path(__file__).parents[2] / "credentials/schema/ob_v3p0_achievementcredential_schema.json"
    ).read_text()
)


def snapshot_of(certificate, **fields):
    """Another certificate with `certificate`'s snapshot and `fields`, as the issuing services
    keep it for a training or a programme."""
    other = type(certificate).objects.get(pk=certificate.pk)
    other.pk, other.code, other.enrolment = None, new_code(), None
    for name, value in fields.items():
        setattr(other, name, value)
    other.save(force_insert=True)
    return other


def checked(certificate):
    signed = credential_for(certificate).document
    assert verify_here(signed).valid
    jsonschema.Draft201909Validator(SCHEMA).validate(signed)
    return signed


def test_a_webinar_certificate(series, learner, django_capture_on_commit_callbacks):  # noqa: F811
    webinar = make_webinar(series, start=timezone.now() - timedelta(days=2), duration_minutes=90)
    registration = attend(learner, webinar, django_capture_on_commit_callbacks)
    signed = checked(registration.certificates.get())
    achievement = signed["credentialSubject"]["achievement"]
    assert achievement["id"] == f"urn:uuid:{webinar.translation_key}"
    assert achievement["creditsAvailable"] == 1.5
    assert webinar.title in achievement["description"]


def test_a_training_certificate_of_a_participant_without_an_account(certificate, tmp_path):
    training = snapshot_of(
        certificate,
        user=None,
        place="Нарын",
        started_on=date(2026, 3, 2),
        completed_on=date(2026, 3, 3),
        hours=Decimal("12.5"),
    )
    signed = checked(training)
    subject = signed["credentialSubject"]
    assert [item["identityType"] for item in subject["identifier"]] == ["name"]
    assert "Нарын" in subject["achievement"]["description"]
    assert subject["creditsEarned"] == 12.5
    if NODE and PACKAGE.exists():
        assert digitalbazaar(tmp_path, signed)["verified"] is True


def test_a_programme_certificate_in_russian(certificate):
    programme = snapshot_of(
        certificate,
        language="ru",
        items=[{"kind": "course", "title": "Основы CEDAW", "hours": "2"}],
        hours=Decimal("2"),
    )
    signed = checked(programme)
    achievement = signed["credentialSubject"]["achievement"]
    assert achievement["inLanguage"] == "ru"
    assert achievement["achievementType"] == "Certificate"
    assert "Основы CEDAW" in achievement["description"]
    assert "программ" in achievement["description"].lower()
