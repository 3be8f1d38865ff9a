"""From the database to what the renderer needs: a template in one language becomes a Layout,
a certificate's snapshot becomes a Holder."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from certificates import wording
from certificates.rendering import Holder, Layout, SignatoryLayout

if TYPE_CHECKING:
    from certificates.models import Certificate, CertificateTemplate


def default_texts(language: str) -> tuple[str, str]:
    """Title and text when no template exists yet."""
    with translation.override(language):
        return (
            _("Certificate"),
            # The line before the name says nothing of the holder's gender; {achievement} is
            # worded for it (certificates.wording).
            _("This certificate is awarded to") + "\n{name}\n{achievement}",
        )


def _path(image) -> Path | None:
    # The image's file in local storage; a storage without paths (S3) would copy it first.
    return Path(image.file.path) if image is not None else None


def layout_for(template: CertificateTemplate | None, language: str) -> Layout:
    if template is None:
        title, body = default_texts(language)
        return Layout(language=language, title=title, body=body)
    return Layout(
        language=language,
        title=template.title,
        body=template.body,
        page_size=template.page_size,
        orientation=template.orientation,
        background=_path(template.background),
        logos=tuple(_path(logo.image) for logo in template.logos.all()),
        signatories=tuple(
            SignatoryLayout(person.name, person.position, _path(person.signature))
            for person in template.signatories.all()
        ),
    )


def verification_url(code: str, language: str) -> str:
    """Absolute, for the QR code: the site's address as people reach it."""
    with translation.override(language):
        path = reverse("certificates:verify_code", kwargs={"code": code})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def hours_text(hours: Decimal, language: str) -> str:
    with translation.override(language):
        return formats.number_format(hours.normalize() if hours % 1 else int(hours))


def holder_for(certificate: Certificate) -> Holder:
    language = certificate.language
    with translation.override(language):
        date = formats.date_format(certificate.completed_on, "DATE_FORMAT")
    return Holder(
        name=certificate.holder_name,
        course=certificate.course_title,
        hours=hours_text(certificate.hours, language),
        date=date,
        code=certificate.code,
        url=verification_url(certificate.code, language),
        kind=wording.WEBINAR if certificate.registration_id else wording.COURSE,
        gender=certificate.gender,
    )


def sample_holder(template: CertificateTemplate, language: str) -> Holder:
    """Made-up data for the admin's preview: a long Kyrgyz name, to see that it fits."""
    from datetime import date

    with translation.override(language):
        day = formats.date_format(date.today(), "DATE_FORMAT")
    code = "ACDEF-GHJKM-NPRTW-XY346"
    return Holder(
        name="Айгүл Өмүрбековна Ңурланова-Үсөнбаева",
        course="CEDAW: аялдарга карата басмырлоонун бардык түрлөрүн жоюу",
        hours=hours_text(Decimal("12"), language),
        date=day,
        code=code,
        url=verification_url(code, language),
        gender="woman",
    )
