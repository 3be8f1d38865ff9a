"""The public verification page: each status, typed codes, nothing beyond holder, course, date
and status, and a limit on look-ups."""

import math
import os
import subprocess
import sys

import pytest
from django.conf import settings

from certificates.codes import ALPHABET, LENGTH, new_code, normalise
from certificates.services import certificate_correct_name, certificate_revoke
from certificates.views import FAILED_LOOKUPS
from tests.certificates.conftest import issue
from tests.factories import UserFactory
from tests.helpers import translated


@pytest.fixture
def certificate(course, template, survivors, django_capture_on_commit_callbacks):
    holder = UserFactory(
        full_name="Бүбүсара Өмүрбекова",
        email="bubusara@example.kg",
        organisation="Аялдар борбору",
        birth_year=1985,
        target_groups=[survivors],
    )
    return issue(holder, course, django_capture_on_commit_callbacks)


def test_codes_are_long_random_and_free_of_look_alikes():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    assert LENGTH * math.log2(len(ALPHABET)) >= 80
    assert not set("01IOLSZB5U8VQ2") & set(ALPHABET)
    assert all(len(code) == LENGTH + 3 for code in codes)


def test_typing_is_forgiving():
    code = "ACDEF-GHJKM-NPRTW-XY346"
    assert normalise(" acdef ghjkm-nprtw xy346 ") == code
    # А, С, Е, К, М, Н, Р, Т, Х, У typed on a Kyrgyz keyboard are the Latin letters.
    assert normalise("АСDЕF-GНJКМ-NРRТW-ХУ346") == code
    assert normalise("ACDEF-GHJKM-NPRTW-XY34") is None
    assert normalise("'; drop table") is None


def test_a_valid_certificate_shows_holder_course_date_and_status_and_nothing_else(
    client, certificate, survivors
):
    page = client.get(f"/ky/certificates/verify/?code={certificate.code.lower()}")

    assert page.status_code == 200
    assert translated("This certificate is valid.") in page.text
    assert "Бүбүсара Өмүрбекова" in page.text
    assert certificate.course_title in page.text
    for private in [
        survivors.name_ky,
        survivors.name_ru,
        "bubusara@example.kg",
        "Аялдар борбору",
        "1985",
        translated("Naryn region"),
    ]:
        assert private not in page.text


def test_a_revoked_certificate_shows_when_and_why(client, certificate, coordinator):
    certificate_revoke(certificate=certificate, reason="Ката менен берилген", by=coordinator)

    page = client.get(f"/ru/certificates/verify/{certificate.code}/")

    assert translated("This certificate was revoked.", "ru") in page.text
    assert "Ката менен берилген" in page.text
    assert translated("Revoked on", "ru") in page.text


def test_a_superseded_certificate_says_so_and_its_replacement_is_valid(
    client, certificate, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = certificate_correct_name(
            certificate=certificate, name="Бүбүсара Өмүрбек кызы", by=coordinator
        )

    old_page = client.get(f"/ky/certificates/verify/{certificate.code}/")
    new_page = client.get(f"/ky/certificates/verify/{new.code}/")

    assert translated("This certificate was replaced by a corrected one.") in old_page.text
    assert translated("This certificate is valid.") in new_page.text
    assert "Бүбүсара Өмүрбек кызы" in new_page.text
    new.refresh_from_db()
    assert new.is_ready and new.code != certificate.code


def test_an_unknown_code_is_not_found(client, certificate):
    page = client.get("/ky/certificates/verify/ACDEF-GHJKM-NPRTW-XY346/")

    assert page.status_code == 404
    assert translated("No certificate has this code. Check that you typed it as printed.") in (
        page.text
    )


TOO_MANY = "Too many failed look-ups from your connection. Wait ten minutes and try again."


def test_a_class_on_one_connection_checks_all_its_certificates(client, certificate):
    for _ in range(FAILED_LOOKUPS.count + 10):
        page = client.get(f"/ky/certificates/verify/{certificate.code}/")
        assert page.status_code == 200
        assert certificate.holder_name in page.text


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_failed_look_ups_over_the_limit_are_refused(client, certificate, language):
    for _ in range(FAILED_LOOKUPS.count):
        assert (
            client.get(f"/{language}/certificates/verify/ACDEF-GHJKM-NPRTW-XY346/").status_code
            == 404
        )

    refused = client.get(f"/{language}/certificates/verify/ACDEF-GHJKM-NPRTW-XY347/")
    # Refused even for a real code: else a guesser would still learn which guesses hit.
    real = client.get(f"/{language}/certificates/verify/?code={certificate.code}")

    for page in [refused, real]:
        assert page.status_code == 429
        assert translated(TOO_MANY, language) in page.text
        assert certificate.holder_name not in page.text
    # Another connection is not affected.
    other = client.get(
        f"/{language}/certificates/verify/{certificate.code}/", REMOTE_ADDR="192.0.2.9"
    )
    assert other.status_code == 200


def test_the_count_is_shared_by_processes(client, certificate):
    """Failures counted in another process (another gunicorn worker) refuse this one's."""
    script = (
        "import django; django.setup()\n"
        "from certificates.views import FAILED_LOOKUPS\n"
        "for _ in range(FAILED_LOOKUPS.count):\n"
        "    FAILED_LOOKUPS.record('203.0.113.7')\n"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.test"}
    subprocess.run(
        [sys.executable, "-c", script], check=True, env=environment, cwd=settings.BASE_DIR
    )

    assert FAILED_LOOKUPS.used("203.0.113.7") == FAILED_LOOKUPS.count
    page = client.get(f"/ky/certificates/verify/{certificate.code}/", REMOTE_ADDR="203.0.113.7")
    assert page.status_code == 429
    assert translated(TOO_MANY) in page.text


FORGED = "198.51.100.66"


def _fail_once(client, **headers):
    client.get("/ky/certificates/verify/ACDEF-GHJKM-NPRTW-XY347/", **headers)


@pytest.mark.parametrize("proxy_header", [None, ("HTTP_X_FORWARDED_PROTO", "https")])
def test_a_forged_forwarded_address_from_an_untrusted_peer_is_not_counted(
    client, db, settings, proxy_header
):
    """A client that writes X-Forwarded-For itself is counted under its own address, with or
    without the production proxy header configured."""
    settings.SECURE_PROXY_SSL_HEADER = proxy_header
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    _fail_once(client, REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=FORGED)

    assert FAILED_LOOKUPS.used("203.0.113.7") == 1
    assert FAILED_LOOKUPS.used(FORGED) == 0


def test_the_trusted_proxy_s_appended_address_is_counted(client, db, settings):
    """Behind our proxy the client is the right-most address, the one the proxy appended; what the
    client wrote before it is ignored."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    _fail_once(client, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"{FORGED}, 203.0.113.7")

    assert FAILED_LOOKUPS.used("203.0.113.7") == 1
    assert FAILED_LOOKUPS.used(FORGED) == 0
    assert FAILED_LOOKUPS.used("10.0.0.2") == 0
