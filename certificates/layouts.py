"""From the database to what the renderer needs: a template in one language becomes a Layout,
a certificate's snapshot becomes a Holder."""

from __future__ import annotations

from datetime import date
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


def layout_for(
    template: CertificateTemplate | None, language: str, *, kind: str = wording.COURSE
) -> Layout:
    if template is None:
        title, body = default_texts(language)
        return Layout(language=language, title=title, body=body)
    body = template.body
    if kind in (wording.TRAINING, wording.PROGRAMME) and (
        "{achievement}" not in body or template.locale.language_code != language
    ):
        # A template written for a course's wording ("completed the course"), or not in the
        # session's language, keeps its look, but a face-to-face training says what it says, in
        # the session's language (certificates.wording); so does a programme's.
        body = default_texts(language)[1]
    return Layout(
        language=language,
        title=template.title,
        body=body,
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


def dates_text(first: date | None, last: date, language: str) -> str:
    """One day, or the days a training was held: "3–4 декабря 2026 г.", "3–4-декабрь 2026-ж.",
    "30 ноября – 2 декабря 2026 г."."""
    with translation.override(language):
        end = formats.date_format(last, "DATE_FORMAT")
        if first is None or first == last:
            return end
        day_first = formats.get_format("DATE_FORMAT").startswith("j")
        if day_first and (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{end}"
        if day_first and first.year == last.year:
            return f"{formats.date_format(first, 'MONTH_DAY_FORMAT')} – {end}"
        return f"{formats.date_format(first, 'DATE_FORMAT')} – {end}"


def kind_of(certificate: Certificate) -> str:
    if certificate.is_programme:
        return wording.PROGRAMME
    if certificate.is_training:
        return wording.TRAINING
    return wording.WEBINAR if certificate.registration_id else wording.COURSE


def hours_with_unit(hours: Decimal, language: str) -> str:
    with translation.override(language):
        return _("%(hours)s h") % {"hours": hours_text(hours, language)}


def items_of(certificate: Certificate) -> tuple[tuple[str, str], ...]:
    """A programme certificate's items as it prints them: (title, hours with their unit)."""
    return tuple(
        (item["title"], hours_with_unit(Decimal(item["hours"]), certificate.language))
        for item in certificate.items
    )


def claim_code_of(certificate: Certificate) -> str:
    """The participant's claim code, printed while the certificate has no holder's account."""
    if certificate.user_id is not None or certificate.training_registration_id is None:
        return ""
    participant = certificate.training_registration.participant
    return "" if participant.user_id else participant.claim_code


def holder_for(certificate: Certificate) -> Holder:
    language = certificate.language
    return Holder(
        name=certificate.holder_name,
        course=certificate.course_title,
        hours=hours_text(certificate.hours, language),
        date=dates_text(certificate.started_on, certificate.completed_on, language),
        code=certificate.code,
        url=verification_url(certificate.code, language),
        kind=kind_of(certificate),
        gender=certificate.gender,
        place=certificate.place,
        claim_code=claim_code_of(certificate),
        site=settings.WAGTAILADMIN_BASE_URL.split("://")[-1].rstrip("/"),
        items=items_of(certificate),
    )


def sample_holder(template: CertificateTemplate, language: str) -> Holder:
    """Made-up data for the admin's preview: a long Kyrgyz name, to see that it fits."""
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
