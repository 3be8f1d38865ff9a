"""Writes with rules: issuing, rendering, revoking and correcting certificates."""

from datetime import timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.codes import new_code
from certificates.layouts import holder_for, kind_of, layout_for
from certificates.models import Certificate
from certificates.rendering import render_pdf
from certificates.selectors import template_for
from certificates.signals import certificate_attachments
from core.i18n import in_locale
from courses.models import CoursePage, Enrolment
from outbox.services import enqueue_on_commit
from people.models import User
from trainings.completion import account_of, registration_completion
from trainings.models import Participant
from trainings.models import Registration as TrainingRegistration
from webinars.models import Registration, WebinarPage


class CertificateRefused(Exception):
    """Why a certificate action cannot be done, in the reader's language."""


def _render_later(certificate: Certificate) -> None:
    from certificates.tasks import certificate_render as certificate_render_task

    # A broker that is down leaves it "pending": certificates_render_pending takes it up.
    enqueue_on_commit(certificate_render_task, certificate.pk)


@transaction.atomic
def certificate_issue(*, enrolment: Enrolment, course: CoursePage) -> Certificate:
    """The certificate of a completed enrolment, issued once: a second call, a retry or a
    double event returns the one already issued (the database refuses a second)."""
    user = enrolment.user
    template = template_for(course_key=course.translation_key, language=user.preferred_language)
    language = template.locale.language_code if template else user.preferred_language
    return certificate_issue_once(
        {"enrolment": enrolment},
        user=user,
        template=template,
        language=language,
        course_key=course.translation_key,
        course_title=in_locale(course, language).title,
        hours=course.hours,
        completed_on=timezone.localdate(enrolment.completed_at or timezone.now()),
    )


@transaction.atomic
def certificate_issue_for_webinar(*, registration: Registration) -> Certificate:
    """The participation certificate of a person who attended a webinar, issued once."""
    user = registration.user
    key = registration.webinar_key
    template = template_for(course_key=key, language=user.preferred_language)
    language = template.locale.language_code if template else user.preferred_language
    webinars = WebinarPage.objects.filter(translation_key=key)
    webinar = webinars.filter(locale__language_code=language).first() or webinars.first()
    return certificate_issue_once(
        {"registration": registration},
        user=user,
        template=template,
        language=language,
        course_key=key,
        course_title=webinar.title,
        hours=(Decimal(webinar.duration_minutes) / 60).quantize(Decimal("0.1")),
        completed_on=timezone.localdate(webinar.start),
    )


@transaction.atomic
def certificate_issue_for_training(
    *, registration: TrainingRegistration, hours: Decimal | None = None
) -> Certificate:
    """The certificate of a participant who completed a face-to-face session, issued once, in the
    session's language. A participant without an account gets it too: it has no holder's account
    (`user`) until she claims it (`certificates_claim`), and prints her claim code meanwhile.
    `hours`, the hours she attended, as the session's completion computed them for everyone at
    once; computed here when not given."""
    registration = TrainingRegistration.objects.select_related(
        "session", "participant__merged_into"
    ).get(pk=registration.pk)
    if registration.completed_at is None:
        raise CertificateRefused(_("This participant has not completed the session."))
    session = registration.session
    participant = current_record(registration.participant)
    user = account_of(participant)
    template = template_for(course_key=session.course_key, language=session.language)
    # Always the session's language: a template not translated into it lends its look only
    # (certificates.layouts.layout_for).
    language = session.language
    courses = CoursePage.objects.filter(translation_key=session.course_key)
    course = courses.filter(locale__language_code=language).first() or courses.first()
    days = list(session.days.order_by("date").values_list("date", flat=True))
    last = days[-1] if days else timezone.localdate(registration.completed_at)
    return certificate_issue_once(
        {"training_registration": registration},
        user=user,
        holder={
            "holder_name": participant.full_name or (user.full_name if user else ""),
            "gender": participant.gender or (user.gender if user else ""),
            "birth_year": participant.birth_year or (user.birth_year if user else None),
            "region": participant.region or (user.region if user else ""),
            "country": user.country if user else "",
        },
        groups=list(participant.target_groups.all())
        or (list(user.target_groups.all()) if user else []),
        template=template,
        language=language,
        course_key=session.course_key,
        course_title=in_locale(course, language).title if course else str(session),
        hours=registration_completion(registration).hours if hours is None else hours,
        started_on=days[0] if days else None,
        completed_on=last,
        place=session.settlement,
    )


def current_record(participant: Participant) -> Participant:
    """The record a participant typed twice was merged into (the one that stays)."""
    seen = {participant.pk}
    while participant.merged_into_id is not None and participant.merged_into_id not in seen:
        participant = participant.merged_into
        seen.add(participant.pk)
    return participant


@transaction.atomic
def certificates_claim(*, participant: Participant) -> int:
    """A participant who claimed her record (her account is now set, on it or on the record it
    was merged into): her training certificates follow her into that account, their PDFs
    rendered again without the claim code. Safe to run again."""
    user = account_of(participant)
    if user is None:
        return 0
    records = {participant.pk}
    while True:  # the records merged into hers, and those merged into them
        more = set(
            Participant.objects.filter(merged_into_id__in=records)
            .exclude(pk__in=records)
            .values_list("pk", flat=True)
        )
        if not more:
            break
        records |= more
    certificates = list(
        Certificate.objects.filter(
            user__isnull=True, training_registration__participant_id__in=records
        )
    )
    for certificate in certificates:
        certificate.user = user
        certificate.save(update_fields=["user"])
        if certificate.superseded_at is None:
            certificate_render_again(certificate=certificate)
    return len(certificates)


def certificate_issue_once(
    source: dict,
    *,
    user: User | None,
    holder: dict | None = None,
    groups: list | None = None,
    **snapshot,
) -> Certificate:
    """One current certificate for `source` (its enrolment or registration), with the snapshot
    reports read: what it is for, and who the holder was (`holder`, else her account's)."""
    existing = Certificate.objects.current().filter(**source).first()
    if existing is not None:
        return existing
    if holder is None:
        holder = {
            "holder_name": user.full_name,
            "gender": user.gender,
            "birth_year": user.birth_year,
            "region": user.region,
            "country": user.country,
        }
        groups = list(user.target_groups.all())
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                code=new_code(), user=user, **holder, **source, **snapshot
            )
    except IntegrityError:
        # Another process issued it between our look-up and our insert.
        return Certificate.objects.current().get(**source)
    certificate.target_groups.set(groups or [])
    _render_later(certificate)
    return certificate


def certificate_pdf(certificate: Certificate) -> bytes:
    layout = layout_for(certificate.template, certificate.language, kind=kind_of(certificate))
    attachments = [
        attachment
        for _receiver, files in certificate_attachments.send(Certificate, certificate=certificate)
        for attachment in files or []
    ]
    return render_pdf([(layout, holder_for(certificate))], compress=False, attachments=attachments)


def certificate_render(*, certificate: Certificate) -> Certificate:
    """Render the certificate's PDF and keep it. Raises if it cannot be rendered; the task
    retries and, at the last attempt, records the failure with `certificate_render_failed`."""
    content = certificate_pdf(certificate)
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        old = certificate.pdf.name
        certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(content), save=False)
        certificate.rendering = Certificate.Rendering.READY
        certificate.render_error = ""
        certificate.save(update_fields=["pdf", "rendering", "render_error"])
    if old and old != certificate.pdf.name:
        certificate.pdf.storage.delete(old)
    return certificate


def certificate_render_failed(*, certificate_id: int, error: str) -> None:
    Certificate.objects.filter(pk=certificate_id).update(
        rendering=Certificate.Rendering.FAILED, render_error=error[:2000]
    )


def certificates_render_pending(*, older_than: timedelta = timedelta(minutes=1)) -> int:
    """Queue the PDF of every certificate that has waited for one for longer than `older_than`
    (its message was lost with a worker or a broker): when a worker starts, and from Celery
    beat. Rendering twice is harmless, only wasted."""
    from certificates.tasks import certificate_render as certificate_render_task

    pending = list(
        Certificate.objects.filter(
            rendering=Certificate.Rendering.PENDING,
            issued_at__lt=timezone.now() - older_than,
        ).values_list("pk", flat=True)
    )
    for pk in pending:
        certificate_render_task.delay(pk)
    return len(pending)


@transaction.atomic
def certificate_render_again(*, certificate: Certificate) -> Certificate:
    certificate.rendering = Certificate.Rendering.PENDING
    certificate.render_error = ""
    certificate.save(update_fields=["rendering", "render_error"])
    _render_later(certificate)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, by: User) -> Certificate:
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if not reason.strip():
        raise CertificateRefused(_("Say why the certificate is revoked."))
    if certificate.revoked_at is not None:
        raise CertificateRefused(_("This certificate is already revoked."))
    if certificate.superseded_at is not None:
        raise CertificateRefused(_("This certificate was replaced; revoke the new one."))
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason.strip()
    certificate.revoked_by = by
    certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    programme_certificates_flag(revoked=[certificate])
    return certificate


def programme_certificates_flag(*, revoked) -> int:
    """Flag for a coordinator's review the current, unrevoked programme certificates that rest on
    the `revoked` certificates (or on the ones these replaced). Not revoked themselves: she
    decides (`programme_certificate_review`)."""
    ids = {certificate.pk for certificate in revoked}
    todo = set(ids)
    while todo:  # a corrected certificate replaced one a programme certificate rests on
        todo = set(
            Certificate.objects.filter(superseded_by_id__in=todo)
            .exclude(pk__in=ids)
            .values_list("pk", flat=True)
        )
        ids |= todo
    resting = Certificate.objects.filter(relies_on__in=ids).values("pk")
    return (
        Certificate.objects.current()
        .filter(pk__in=resting, revoked_at__isnull=True)
        .update(review_requested_at=timezone.now(), review_decision="")
    )


@transaction.atomic
def certificate_correct_name(*, certificate: Certificate, name: str, by: User) -> Certificate:
    """Reissue with a corrected name: a new certificate and code; the old one is superseded."""
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    name = " ".join(name.split())
    if not name:
        raise CertificateRefused(_("Write the name as it must appear on the certificate."))
    if old.superseded_at is not None:
        raise CertificateRefused(_("This certificate was already replaced."))
    if old.revoked_at is not None:
        raise CertificateRefused(_("A revoked certificate cannot be corrected."))
    groups = list(old.target_groups.all())
    old.superseded_at = timezone.now()
    old.save(update_fields=["superseded_at"])
    new = Certificate.objects.get(pk=old.pk)
    new.pk = None
    new.code = new_code()
    new.holder_name = name
    new.superseded_at = None
    new.pdf = ""
    new.rendering = Certificate.Rendering.PENDING
    new.render_error = ""
    new.save(force_insert=True)
    new.target_groups.set(groups)
    new.relies_on.set(old.relies_on.all())
    old.superseded_by = new
    old.save(update_fields=["superseded_by"])
    _render_later(new)
    return new


# What a certificate keeps once its holder's account is deleted: what its verification page shows
# (name as issued, course, date, code, status) and its PDF, which shows no more. The profile's
# part of the snapshot goes, so no report counts her in a group, region, gender or age any more.
ERASED_ON_DELETION = {"gender": "", "birth_year": None, "region": "", "country": ""}


@transaction.atomic
def certificates_erase_holder(*, user: User) -> int:
    """Reduce the certificates of `user`, whose account is being deleted, to what the data notice
    says stays. The account's deletion then sets their holder to null."""
    certificates = Certificate.objects.filter(user=user)
    Certificate.target_groups.through.objects.filter(certificate__in=certificates).delete()
    return certificates.update(**ERASED_ON_DELETION)
