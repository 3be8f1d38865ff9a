"""A programme's certificate: issued once when the programme is completed, resting on the
certificates of the items that met its requirements; flagged for a coordinator when one of those is
revoked, and kept or revoked by her, with a reason."""

from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certificates.models import Certificate
from certificates.selectors import template_for
from certificates.services import (
    CertificateRefused,
    certificate_issue,
    certificate_issue_for_training,
    certificate_issue_for_webinar,
    certificate_issue_once,
    certificate_revoke,
    programme_certificates_flag,
)
from core.i18n import in_locale
from courses.models import CoursePage, Enrolment
from people.models import User
from programmes.blocks import Kind, Rule
from programmes.models import ProgrammeEnrolment
from programmes.rules import Item, Progress
from programmes.selectors import programme_page as live_programme
from programmes.selectors import progress_of, requirement_sets
from trainings.models import Registration as TrainingRegistration
from webinars.models import Registration, WebinarPage, WebinarSeriesPage


def items_relied_on(progress: Progress) -> list[Item]:
    """The items that met the programme's requirements, in the programme's order: every item of a
    set "all of these", and the first N done of a set "any N of these" (an elective done beyond
    them is not what the certificate rests on)."""
    items = []
    for set_state in progress.sets:
        done = [state.item for state in set_state.items if state.done]
        if set_state.requirement_set.rule == Rule.ANY:
            done = done[: set_state.requirement_set.needed]
        items.extend(done)
    return items


def _course_certificate(user: User, item: Item) -> Certificate | None:
    found = (
        Certificate.objects.current()
        .filter(user=user, course_key=item.key, enrolment__isnull=False)
        .first()
    )
    if found is not None:
        return found
    enrolment = Enrolment.objects.filter(
        user=user, course_key=item.key, completed_at__isnull=False
    ).first()
    course = CoursePage.objects.filter(translation_key=item.key).first()
    if enrolment is None or course is None:
        return None
    return certificate_issue(enrolment=enrolment, course=course)


def _training_certificate(user: User, item: Item) -> Certificate | None:
    mine = Q(participant__user=user) | Q(participant__merged_into__user=user)
    registrations = TrainingRegistration.objects.filter(
        mine, completed_at__isnull=False, session__course_key=item.key
    ).order_by("completed_at", "pk")
    found = (
        Certificate.objects.current()
        .filter(training_registration__in=registrations)
        .order_by("completed_on", "pk")
        .first()
    )
    if found is not None:
        return found
    registration = registrations.first()
    return certificate_issue_for_training(registration=registration) if registration else None


def _webinar_certificate(user: User, item: Item) -> Certificate | None:
    keys = list(item.members or (item.key,))
    found = (
        Certificate.objects.current()
        .filter(user=user, registration__isnull=False, course_key__in=keys)
        .order_by("completed_on", "pk")
        .first()
    )
    if found is not None:
        return found
    registration = (
        Registration.objects.filter(user=user, webinar_key__in=keys, attended_at__isnull=False)
        .order_by("attended_at", "pk")
        .first()
    )
    return certificate_issue_for_webinar(registration=registration) if registration else None


CERTIFICATE_OF = {
    Kind.COURSE: _course_certificate,
    Kind.SESSION: _training_certificate,
    Kind.WEBINAR: _webinar_certificate,
}


def _title(item: Item, language: str) -> str:
    """The item's title in the certificate's language where it has one, a training and a webinar
    said to be one (a course and its face-to-face training share their title)."""
    model = CoursePage if item.kind in (Kind.COURSE, Kind.SESSION) else None
    if model is None:
        model = WebinarSeriesPage if item.members else WebinarPage
    page = in_locale(model.objects.filter(translation_key=item.key), language)
    title = page.title if page is not None else item.title
    with translation.override(language):
        if item.kind == Kind.SESSION:
            return _("%(title)s (face-to-face training)") % {"title": title}
        if item.kind == Kind.WEBINAR:
            return _("%(title)s (webinar)") % {"title": title}
    return title


@transaction.atomic
def certificate_issue_for_programme(*, enrolment: ProgrammeEnrolment) -> Certificate | None:
    """The certificate of a completed programme, issued once: a second call, a retry or a double
    `programme_completed` returns the one already issued (the database refuses a second).

    It rests on the certificates of the items that met the requirements (`items_relied_on`): a
    course's, a face-to-face training's, a webinar's; one not issued yet (its own event still on
    its way) is issued here, once as ever. Its hours are the sum of those certificates' hours:
    the course's hours, the hours she attended at the training, the webinar's length. None when
    the programme is not complete or its page is gone."""
    enrolment = ProgrammeEnrolment.objects.select_related("user").get(pk=enrolment.pk)
    existing = Certificate.objects.current().filter(programme_enrolment=enrolment).first()
    if existing is not None:
        return existing
    user = enrolment.user
    programme = live_programme(enrolment.programme_key)
    if enrolment.completed_at is None or programme is None:
        return None
    progress = progress_of(user, programme, requirement_sets(programme))
    template = template_for(course_key=programme.translation_key, language=user.preferred_language)
    language = template.locale.language_code if template else user.preferred_language
    relied, items = [], []
    for item in items_relied_on(progress):
        certificate = CERTIFICATE_OF[item.kind](user, item)
        if certificate is None:
            continue  # done, but without a certificate to rest on (a record from before)
        relied.append(certificate)
        items.append(
            {"kind": item.kind, "title": _title(item, language), "hours": str(certificate.hours)}
        )
    certificate = certificate_issue_once(
        {"programme_enrolment": enrolment},
        user=user,
        template=template,
        language=language,
        course_key=programme.translation_key,
        course_title=in_locale(programme, language).title,
        hours=sum((Decimal(item["hours"]) for item in items), Decimal(0)),
        completed_on=timezone.localdate(enrolment.completed_at),
        items=items,
    )
    if not certificate.relies_on.exists():
        certificate.relies_on.set(relied)
        if any(other.revoked_at is not None for other in relied):
            programme_certificates_flag(revoked=[c for c in relied if c.revoked_at])
    return certificate


def awaiting_review():
    return (
        Certificate.objects.current()
        .filter(review_requested_at__isnull=False, review_decision="", revoked_at__isnull=True)
        .prefetch_related("relies_on")
        .order_by("review_requested_at", "pk")
    )


@transaction.atomic
def programme_certificate_review(
    *, certificate: Certificate, decision: str, note: str, by: User
) -> Certificate:
    """Her decision on a flagged programme certificate: revoke it (its revocation reason is her
    note) or keep it, with a note either way."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    note = " ".join(note.split())
    if not certificate.awaits_review or certificate.superseded_at or certificate.revoked_at:
        raise CertificateRefused(_("This certificate is not waiting for a review."))
    if not note:
        raise CertificateRefused(_("Say why you decide so."))
    if decision == Certificate.Review.REVOKED:
        certificate = certificate_revoke(certificate=certificate, reason=note, by=by)
    elif decision != Certificate.Review.KEPT:
        raise CertificateRefused(_("Choose to revoke the certificate or to keep it."))
    certificate.review_decision = decision
    certificate.review_note = note
    certificate.reviewed_at = timezone.now()
    certificate.reviewed_by = by
    certificate.save(update_fields=["review_decision", "review_note", "reviewed_at", "reviewed_by"])
    return certificate
