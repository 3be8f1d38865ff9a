import pytest

from certificates.services import certificate_issue
from tests.certificates.conftest import complete, media, template  # noqa: F401  (fixtures)
from tests.factories import UserFactory

HOLDER_EMAIL = "Bubusara@Example.kg"


@pytest.fixture(autouse=True)
def signing_key_file(settings, tmp_path):
    """Each test its own key, made on first use (as development makes one)."""
    settings.CREDENTIALS_KEY_FILE = tmp_path / "keys" / "signing-key.pem"
    settings.CREDENTIALS_SIGNING_KEY = ""
    return settings.CREDENTIALS_KEY_FILE


@pytest.fixture
def holder(survivors):
    return UserFactory(
        full_name="Бүбүсара Өмүрбекова",
        email=HOLDER_EMAIL,
        organisation="Аялдар борбору",
        birth_year=1985,
        target_groups=[survivors],
    )


@pytest.fixture
def certificate(course, template, holder):  # noqa: F811
    """Issued, its PDF not rendered (tests/credentials/test_pdf.py renders one)."""
    return certificate_issue(enrolment=complete(holder, course), course=course)


@pytest.fixture
def signed(certificate):
    from credentials.services import credential_for

    return credential_for(certificate).document
