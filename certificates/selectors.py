"""Reads: which template a course uses, a learner's certificates, the coordinators' register."""

from uuid import UUID

from django.conf import settings
from django.db.models import Q, QuerySet

from certificates.models import Certificate, CertificateTemplate
from people.roles import Role, has_role


def template_for(*, course_key: UUID, language: str) -> CertificateTemplate | None:
    """The template that names the course or webinar (by its key), else the default one, in
    `language` when it has been translated to it, else in Kyrgyz, else in any language; None
    when there is no template."""
    templates = CertificateTemplate.objects.select_related("locale")
    named = templates.filter(
        Q(courses__translation_key=course_key) | Q(webinars__translation_key=course_key)
    )
    key = named.values_list("translation_key", flat=True).first()
    if key is None:
        key = templates.filter(is_default=True).values_list("translation_key", flat=True).first()
    if key is None:
        return None
    by_language = {
        template.locale.language_code: template
        for template in templates.filter(translation_key=key)
    }
    return (
        by_language.get(language)
        or by_language.get(settings.LANGUAGE_CODE)
        or next(iter(by_language.values()))
    )


def certificates_by_course_for(user) -> dict[UUID, Certificate]:
    """Her current certificate for each course, in one query (My learning). A face-to-face
    training's certificate, for the same course, is not the course's (training_certificates_for)."""
    if not user.is_authenticated:
        return {}
    return {
        certificate.course_key: certificate
        for certificate in Certificate.objects.current()
        .filter(user=user, place="")
        .only("code", "course_key", "rendering", "pdf", "revoked_at", "superseded_at")
    }


def training_certificates_for(user) -> list[Certificate]:
    """Her current certificates of face-to-face sessions, newest first (My learning)."""
    if not user.is_authenticated:
        return []
    return list(
        Certificate.objects.current().filter(user=user).exclude(place="").order_by("-completed_on")
    )


def may_manage_certificates(user) -> bool:
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)


def may_download(user, certificate: Certificate) -> bool:
    return user.is_authenticated and (
        certificate.user_id == user.pk or may_manage_certificates(user)
    )


def register_queryset() -> QuerySet[Certificate]:
    return Certificate.objects.select_related("superseded_by")
