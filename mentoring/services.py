"""Every mentoring write, each in one transaction that asks community.access again (a stale form
sent after a suspension is refused) and is refused whole with a message in her language.

Accepting a request is the guarded count: the mentor's and the mentee's user rows are locked
(select_for_update, in the order of their ids so that two accepts never wait on each other in a
circle) before the active agreements are counted, so that two accepts at the same moment never
take a mentor past her capacity nor a mentee past her allowance."""

import calendar
import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.access import Action, blocked, refusal
from mentoring import emails
from mentoring.models import Agreement, Feedback, Meeting, MentorProfile, Request, Scheme


class MentoringRefused(Exception):
    pass


def _may(user) -> None:
    denied = refusal(user, Action.MENTOR)
    if denied is not None:
        raise MentoringRefused(denied.message)


def add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def end_refusal(starts_on: datetime.date, ends_on: datetime.date) -> str | None:
    """An agreement lasts from one to six months."""
    if ends_on < add_months(starts_on, 1) or ends_on > add_months(starts_on, 6):
        return _(
            "An agreement lasts from one to six months: choose an end between %(a)s and %(b)s."
        ) % {
            "a": add_months(starts_on, 1).strftime("%d.%m.%Y"),
            "b": add_months(starts_on, 6).strftime("%d.%m.%Y"),
        }
    return None


def allowance(scheme: Scheme | None) -> int:
    """How many active agreements a mentee may have: the programme's number, else the site's."""
    if scheme is not None:
        return scheme.max_active_per_mentee
    return settings.MENTORING_MAX_ACTIVE_PER_MENTEE


def scheme_set(programme, *, max_active_per_mentee: int) -> Scheme:
    """Mentoring under `programme` (a ProgrammePage, in any language) allows this many active
    agreements a mentee."""
    scheme, _created = Scheme.objects.update_or_create(
        programme_key=programme.translation_key,
        defaults={"max_active_per_mentee": max_active_per_mentee},
    )
    return scheme


def profile_save(user, *, by=None, **fields) -> MentorProfile:
    """Her mentor profile, made or changed; `by` a coordinator marking her as a mentor."""
    if by is None:
        _may(user)
    with transaction.atomic():
        if by is None:
            _may(user)
        profile, created = MentorProfile.objects.get_or_create(
            user=user, defaults={**fields, "marked_by": by}
        )
        if not created:
            for name, value in fields.items():
                setattr(profile, name, value)
            profile.save()
    return profile


def _pair_refusal(mentee, mentor) -> str | None:
    if mentee.pk == mentor.pk:
        return _("You cannot be your own mentor.")
    if blocked(mentee, mentor) or blocked(mentor, mentee):
        return _("This mentor does not take requests from you.")
    profile = MentorProfile.objects.filter(user=mentor).first()
    if profile is None or not mentor.is_active:
        return _("This person is not a mentor.")
    if not profile.is_open:
        return _("This mentor is not taking new mentees now.")
    if Request.objects.filter(mentee=mentee, mentor=mentor, status=Request.Status.PENDING).exists():
        return _("A request to this mentor is already waiting for her answer.")
    if Agreement.objects.active().filter(mentee=mentee, mentor=mentor).exists():
        return _("You already have an agreement with this mentor.")
    return None


def request_send(*, mentee, mentor, goals: str, scheme: Scheme | None = None) -> Request:
    _may(mentee)
    with transaction.atomic():
        _may(mentee)
        get_user_model().objects.select_for_update().filter(pk=mentee.pk).first()
        problem = _pair_refusal(mentee, mentor)
        if problem:
            raise MentoringRefused(problem)
        request = Request.objects.create(mentee=mentee, mentor=mentor, goals=goals, scheme=scheme)
        emails.send(request, "request", to=mentor)
    return request


def propose(*, coordinator, mentee, mentor, note: str, scheme: Scheme | None = None) -> Request:
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=mentee.pk).first()
        problem = _pair_refusal(mentee, mentor)
        if problem:
            raise MentoringRefused(problem)
        request = Request.objects.create(
            mentee=mentee,
            mentor=mentor,
            kind=Request.Kind.PROPOSAL,
            goals=note,
            note=note,
            proposed_by=coordinator,
            scheme=scheme,
        )
        emails.send(request, "proposal", to=mentor)
        emails.send(request, "proposal", to=mentee)
    return request


def _pending(request: Request) -> Request:
    locked = Request.objects.select_for_update().get(pk=request.pk)
    if locked.status != Request.Status.PENDING:
        raise MentoringRefused(_("This request was already answered or withdrawn."))
    return locked


def accept(
    request: Request,
    *,
    mentor,
    answer: str,
    goals: str,
    starts_on: datetime.date,
    ends_on: datetime.date,
    frequency: str,
) -> Agreement:
    _may(mentor)
    problem = end_refusal(starts_on, ends_on)
    if problem:
        raise MentoringRefused(problem)
    with transaction.atomic():
        _may(mentor)
        ids = sorted({request.mentor_id, request.mentee_id})
        list(get_user_model().objects.select_for_update().filter(pk__in=ids).order_by("pk"))
        request = _pending(request)
        if request.mentor_id != mentor.pk:
            raise MentoringRefused(_("Only the mentor answers a request."))
        profile = MentorProfile.objects.filter(user=mentor).first()
        capacity = profile.capacity if profile else 0
        if Agreement.objects.active().filter(mentor=mentor).count() >= capacity:
            raise MentoringRefused(
                _("You already mentor as many mentees as your profile allows (%(n)s).")
                % {"n": capacity}
            )
        allowed = allowance(request.scheme)
        if Agreement.objects.active().filter(mentee_id=request.mentee_id).count() >= allowed:
            raise MentoringRefused(
                _("This mentee already has as many active agreements as allowed (%(n)s).")
                % {"n": allowed}
            )
        request.status = Request.Status.ACCEPTED
        request.answer = answer
        request.decided_at = timezone.now()
        request.save(update_fields=["status", "answer", "decided_at"])
        agreement = Agreement.objects.create(
            request=request,
            mentor=mentor,
            mentee=request.mentee,
            scheme=request.scheme,
            goals=goals or request.goals,
            starts_on=starts_on,
            ends_on=ends_on,
            frequency=frequency,
        )
        emails.send(request, "accepted", to=request.mentee)
    return agreement


def decline(request: Request, *, mentor, answer: str) -> Request:
    _may(mentor)
    with transaction.atomic():
        _may(mentor)
        request = _pending(request)
        if request.mentor_id != mentor.pk:
            raise MentoringRefused(_("Only the mentor answers a request."))
        request.status = Request.Status.DECLINED
        request.answer = answer
        request.decided_at = timezone.now()
        request.save(update_fields=["status", "answer", "decided_at"])
        emails.send(request, "declined", to=request.mentee)
    return request


def withdraw(request: Request, *, mentee) -> Request:
    with transaction.atomic():
        request = _pending(request)
        if request.mentee_id != mentee.pk:
            raise MentoringRefused(_("Only the mentee withdraws her request."))
        request.status = Request.Status.WITHDRAWN
        request.decided_at = timezone.now()
        request.save(update_fields=["status", "decided_at"])
    return request


def _locked_agreement(agreement: Agreement, user) -> Agreement:
    locked = Agreement.objects.select_for_update().get(pk=agreement.pk)
    if not locked.side(user):
        raise MentoringRefused(_("Only the mentor and the mentee write in their agreement."))
    return locked


def meeting_add(agreement: Agreement, *, user, held_on, discussed: str, next_steps: str) -> Meeting:
    _may(user)
    with transaction.atomic():
        _may(user)
        agreement = _locked_agreement(agreement, user)
        if agreement.status != Agreement.Status.ACTIVE:
            raise MentoringRefused(_("This agreement has ended: no more meetings are logged."))
        if held_on > timezone.localdate():
            raise MentoringRefused(_("A meeting is logged once it has taken place."))
        return Meeting.objects.create(
            agreement=agreement,
            held_on=held_on,
            discussed=discussed,
            next_steps=next_steps,
            written_by=user,
        )


def consent_set(agreement: Agreement, *, user, shares: bool) -> Agreement:
    """Her own flag only: whether the coordinator may read the pair's meeting log."""
    with transaction.atomic():
        agreement = _locked_agreement(agreement, user)
        field = f"{agreement.side(user)}_shares"
        setattr(agreement, field, shares)
        agreement.save(update_fields=[field])
    return agreement


def agreement_end(agreement: Agreement, *, by=None) -> Agreement:
    """Ended by either side (`by`), or at its end date (`by` None)."""
    if by is not None:
        _may(by)
    with transaction.atomic():
        if by is not None:
            _may(by)
            agreement = _locked_agreement(agreement, by)
        else:
            agreement = Agreement.objects.select_for_update().get(pk=agreement.pk)
        if agreement.status == Agreement.Status.ENDED:
            return agreement
        agreement.status = Agreement.Status.ENDED
        agreement.ended_at = timezone.now()
        agreement.ended_by = by
        agreement.save(update_fields=["status", "ended_at", "ended_by"])
        emails.send_ended(agreement)
    return agreement


def end_due(today: datetime.date | None = None) -> int:
    """End every active agreement whose end date has passed; how many."""
    today = today or timezone.localdate()
    due = list(Agreement.objects.active().filter(ends_on__lt=today))
    for agreement in due:
        agreement_end(agreement)
    return len(due)


def feedback_give(agreement: Agreement, *, user, rating: int, note: str) -> Feedback:
    with transaction.atomic():
        agreement = _locked_agreement(agreement, user)
        if agreement.status != Agreement.Status.ENDED:
            raise MentoringRefused(_("Feedback is asked for once the agreement has ended."))
        try:
            with transaction.atomic():
                return Feedback.objects.create(
                    agreement=agreement, author=user, rating=rating, note=note
                )
        except IntegrityError:
            raise MentoringRefused(_("You have already given your feedback.")) from None
