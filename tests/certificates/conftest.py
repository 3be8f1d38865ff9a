import io

import pytest
from django.utils import timezone
from pypdf import PdfReader
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from certificates.models import Certificate, CertificateTemplate
from certificates.services import certificate_issue
from courses.models import Enrolment
from tests.broker.conftest import broker, start_worker  # noqa: F401  (fixtures)

KYRGYZ_NAME = "Айгүл Ңурланова Өмүрбекова"
BODY = "Бул сертификат\n{name}\n«{course}» курсун ({hours} саат) {date} аяктаганын тастыктайт."


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEDIA_ROOT


def make_image(title="Фон", colour="#f4ecf7", size=(640, 452)):
    return Image.objects.create(title=title, file=get_test_image_file(colour=colour, size=size))


@pytest.fixture
def template(db):
    return CertificateTemplate.objects.create(
        locale=Locale.objects.get(language_code="ky"),
        name="Негизги",
        title="Сертификат",
        body=BODY,
        is_default=True,
    )


def complete(user, course):  # noqa: F811
    """A completed enrolment, recorded as courses records it (without its signal)."""
    enrolment, _ = Enrolment.objects.get_or_create(user=user, course_key=course.translation_key)
    enrolment.completed_at = timezone.now()
    enrolment.save()
    return enrolment


def issue(user, course, django_capture_on_commit_callbacks) -> Certificate:  # noqa: F811
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(enrolment=complete(user, course), course=course)
    certificate.refresh_from_db()
    return certificate


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)
