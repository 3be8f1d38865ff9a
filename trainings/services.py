"""Sessions, participants and practicums: every change goes through here.

Each service checks its rules before it writes anything and refuses with `TrainingRefused`, in
the language of the person acting; it runs in one transaction, so a refusal leaves nothing
half-written. Changes to what is final (a closed session, a merge, a trainer's qualification)
are written to the audit log."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process

from audit.models import AuditEntry
from audit.services import audit_entry_record
from core.codes import readable_code, readable_normalise
from courses.models import CoursePage, TrainerQualification
from people.models import TargetGroup, User
from people.roles import Role, has_role, sees_sensitive_groups
from trainings.completion import session_complete
from trainings.models import Participant, Practicum, Registration, Session, SessionDay
from trainings.models.participant import settlement_key
from trainings.reach import reach_refresh
from trainings.selectors import (
    coordinates,
    current_record,
    may_lead,
    record_group,
    sees_participant,
)
from trainings.signals import session_closed

CLAIM_CODE_GROUPS = 2  # "ABCDE-FGHJK": ≈ 45 random bits, typed from a printed certificate
MAX_DAY_HOURS = Decimal("24")
SIMILAR_SCORE = 85  # rapidfuzz's token sort ratio, 0–100

# The fields of a session a form sets (the course, trainers and days apart).
SESSION_FIELDS = (
    "organisation",
    "venue",
    "region",
    "district",
    "settlement",
    "settlement_type",
    "language",
    "capacity",
    "project",
    "required_share",
    "post_test",
)


class TrainingRefused(Exception):
    """Why a change to a session or a participant is refused, in the user's language."""


# Sessions


def _clean_days(days) -> list[tuple[date, Decimal]]:
    cleaned = sorted((day, Decimal(str(hours))) for day, hours in days)
    if not cleaned:
        raise TrainingRefused(_("Give the session at least one day."))
    dates = [day for day, _hours in cleaned]
    if len(set(dates)) != len(dates):
        raise TrainingRefused(_("Each day of the session is given once."))
    for day, hours in cleaned:
        if not Decimal("0") < hours <= MAX_DAY_HOURS:
            raise TrainingRefused(
                _("The hours of %(date)s must be more than 0 and at most 24.")
                % {"date": day.strftime("%d.%m.%Y")}
            )
    return cleaned


def _check_lead(*, by: User, lead_trainer: User, course: CoursePage) -> None:
    if lead_trainer.pk != by.pk and not coordinates(by):
        raise TrainingRefused(_("Only a coordinator creates a session for another trainer."))
    if not may_lead(lead_trainer, course):
        if lead_trainer.pk == by.pk:
            raise TrainingRefused(
                _("You are not qualified to lead sessions of the course “%(course)s”.")
                % {"course": course.title}
            )
        raise TrainingRefused(
            _("%(name)s is not qualified to lead sessions of the course “%(course)s”.")
            % {"name": lead_trainer.full_name or lead_trainer.email, "course": course.title}
        )


def _check_overlap(*, lead_trainer: User, dates: list[date], session: Session | None) -> None:
    # Her row is locked first: two sessions saved at once cannot both miss each other.
    User.objects.select_for_update().filter(pk=lead_trainer.pk).first()
    clash = (
        SessionDay.objects.filter(session__lead_trainer=lead_trainer, date__in=dates)
        .exclude(session=session)
        .select_related("session")
        .order_by("date")
        .first()
    )
    if clash is not None:
        raise TrainingRefused(
            _(
                "%(name)s already leads a session on %(date)s (%(settlement)s, %(venue)s): "
                "one lead trainer cannot be in two sessions on one day."
            )
            % {
                "name": lead_trainer.full_name or lead_trainer.email,
                "date": clash.date.strftime("%d.%m.%Y"),
                "settlement": clash.session.settlement,
                "venue": clash.session.venue,
            }
        )


def _check_fields(fields: dict) -> None:
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise TypeError(f"unknown session fields: {sorted(unknown)}")
    capacity = fields.get("capacity")
    if capacity is not None and capacity < 1:
        raise TrainingRefused(_("The capacity is at least one person."))
    share = fields.get("required_share")
    if share is not None and not 1 <= share <= 100:
        raise TrainingRefused(_("The required share of hours is between 1 and 100 %."))


def _set_days(session: Session, days: list[tuple[date, Decimal]]) -> None:
    kept = {day.date: day for day in session.days.all()}
    wanted = dict(days)
    gone = [day for when, day in kept.items() if when not in wanted]
    if any(day.attendance.exists() or day.headcounts.exists() for day in gone):
        raise TrainingRefused(_("A day with attendance typed in cannot be removed."))
    SessionDay.objects.filter(pk__in=[day.pk for day in gone]).delete()
    for when, hours in wanted.items():
        day = kept.get(when)
        if day is None:
            SessionDay.objects.create(session=session, date=when, hours=hours)
        elif day.hours != hours:
            if day.attendance.filter(hours__gt=hours).exists():
                raise TrainingRefused(
                    _("On %(date)s someone attended more hours than %(hours)s.")
                    % {"date": when.strftime("%d.%m.%Y"), "hours": hours}
                )
            day.hours = hours
            day.save(update_fields=["hours"])


@transaction.atomic
def session_create(
    *,
    by: User,
    course: CoursePage,
    lead_trainer: User,
    days,
    co_trainers=(),
    **fields,
) -> Session:
    """A planned session of `course`, led by `lead_trainer` (qualified for it), on `days`
    [(date, hours)]. A trainer creates her own; a coordinator may create one for any trainer."""
    _check_fields(fields)
    days = _clean_days(days)
    _check_lead(by=by, lead_trainer=lead_trainer, course=course)
    _check_overlap(lead_trainer=lead_trainer, dates=[day for day, _h in days], session=None)
    session = Session.objects.create(
        course_key=course.translation_key, lead_trainer=lead_trainer, created_by=by, **fields
    )
    session.co_trainers.set([user for user in co_trainers if user.pk != lead_trainer.pk])
    _set_days(session, days)
    return session


@transaction.atomic
def session_update(
    *,
    session: Session,
    by: User,
    course: CoursePage | None = None,
    lead_trainer: User | None = None,
    days=None,
    co_trainers=None,
    **fields,
) -> Session:
    """Change a session. Its lead trainer changes it until it is closed; a coordinator changes
    it at any time, and a change to a closed session is written to the audit log."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    if not coordinates(by):
        if session.lead_trainer_id != by.pk:
            raise TrainingRefused(_("Only the session's lead trainer or a coordinator changes it."))
        if session.is_closed:
            raise TrainingRefused(_("The session is closed: only a coordinator can change it now."))
    _check_fields(fields)
    course = course or CoursePage.objects.filter(translation_key=session.course_key).first()
    lead_trainer = lead_trainer or session.lead_trainer
    changed = [name for name, value in fields.items() if getattr(session, name) != value]
    if course.translation_key != session.course_key:
        changed.append("course")
    if lead_trainer.pk != session.lead_trainer_id:
        changed.append("lead_trainer")
    if course.translation_key != session.course_key or lead_trainer.pk != session.lead_trainer_id:
        if lead_trainer.pk != by.pk and not coordinates(by):
            raise TrainingRefused(_("Only a coordinator gives a session to another trainer."))
        if not may_lead(lead_trainer, course):
            raise TrainingRefused(
                _("%(name)s is not qualified to lead sessions of the course “%(course)s”.")
                % {"name": lead_trainer.full_name or lead_trainer.email, "course": course.title}
            )
    if days is not None:
        days = _clean_days(days)
        if days != [(day.date, day.hours) for day in session.days.all()]:
            changed.append("days")
    dates = (
        [day for day, _h in days]
        if days is not None
        else list(session.days.values_list("date", flat=True))
    )
    _check_overlap(lead_trainer=lead_trainer, dates=dates, session=session)
    for name, value in fields.items():
        setattr(session, name, value)
    session.course_key = course.translation_key
    session.lead_trainer = lead_trainer
    session.save()
    if co_trainers is not None:
        wanted = {user.pk for user in co_trainers if user.pk != lead_trainer.pk}
        if wanted != set(session.co_trainers.values_list("pk", flat=True)):
            changed.append("co_trainers")
        session.co_trainers.set(wanted)
    else:
        session.co_trainers.remove(lead_trainer)
    if days is not None:
        _set_days(session, days)
    if "lead_trainer" in changed:  # her people are now another trainer's
        reach_refresh(participants=session.registrations.values_list("participant_id", flat=True))
    if session.is_closed and changed:
        audit_entry_record(
            actor=by,
            action=AuditEntry.Action.CHANGED,
            what="trainings.session",
            detail=f"pk={session.pk} closed, changed: {' '.join(sorted(changed))}",
        )
    return session


@transaction.atomic
def session_hold(*, session: Session, by: User) -> Session:
    """The session took place: attendance may be typed in. Holding a held session is a no-op
    (a double click)."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    _check_runs(session, by)
    if session.status != Session.Status.PLANNED:
        return session
    first = session.days.order_by("date").first()
    if first is not None and first.date > timezone.localdate():
        raise TrainingRefused(
            _("The session starts on %(date)s: it can be marked held from that day on.")
            % {"date": first.date.strftime("%d.%m.%Y")}
        )
    session.status = Session.Status.HELD
    session.held_at = timezone.now()
    session.save(update_fields=["status", "held_at"])
    return session


@transaction.atomic
def session_close(*, session: Session, by: User) -> Session:
    """Attendance is final: who completed the session is recorded in the same transaction
    (`session_complete`, which issues the certificates after commit), and `session_closed` is
    sent after commit. Closing a closed session is a no-op."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    _check_runs(session, by)
    if session.is_closed:
        return session
    if session.status != Session.Status.HELD:
        raise TrainingRefused(_("Mark the session held before closing it."))
    session.status = Session.Status.CLOSED
    session.closed_at = timezone.now()
    session.closed_by = by
    session.save(update_fields=["status", "closed_at", "closed_by"])
    session_complete(session=session, by=by)
    transaction.on_commit(lambda: session_closed.send(sender=Session, session=session))
    return session


def _check_runs(session: Session, by: User) -> None:
    if coordinates(by):
        return
    if session.lead_trainer_id != by.pk:
        raise TrainingRefused(_("Only the session's lead trainer or a coordinator does this."))
    if session.is_closed:
        raise TrainingRefused(_("The session is closed: only a coordinator can change it now."))


# Participants


def _claim_code() -> str:
    while True:
        code = readable_code(CLAIM_CODE_GROUPS)
        if not Participant.objects.filter(claim_code=code).exists():
            return code


def normalise_claim_code(typed: str) -> str | None:
    return readable_normalise(typed, CLAIM_CODE_GROUPS)


def _check_target_groups(by: User, target_groups) -> list[TargetGroup]:
    groups = list(target_groups)
    if any(group.is_sensitive for group in groups) and not sees_sensitive_groups(by):
        # The form never offers them to a trainer: this is a forged request.
        raise TrainingRefused(_("Only a coordinator records this target group."))
    return groups


def _check_birth_year(birth_year: int | None) -> None:
    year = timezone.localdate().year
    if birth_year is not None and not year - 110 <= birth_year <= year:
        raise TrainingRefused(_("The birth year is not a year of birth."))


def _clean_name(full_name: str) -> str:
    name = " ".join((full_name or "").split())
    if not name:
        raise TrainingRefused(_("Type her full name as it must appear on the certificate."))
    return name


@transaction.atomic
def participant_create(
    *,
    by: User,
    full_name: str,
    consent: bool,
    target_groups=(),
    gender: str = "",
    birth_year: int | None = None,
    region: str = "",
    settlement: str = "",
    settlement_type: str = "",
    phone: str = "",
    organisation: str = "",
) -> Participant:
    """A light record of a person without an account, with the consent she signed on paper."""
    if not consent:
        raise TrainingRefused(
            _("Record a participant only when she has signed the data notice on the sheet.")
        )
    groups = _check_target_groups(by, target_groups)
    _check_birth_year(birth_year)
    participant = Participant.objects.create(
        full_name=_clean_name(full_name),
        gender=gender,
        birth_year=birth_year,
        region=region,
        settlement=" ".join(settlement.split()),
        settlement_type=settlement_type,
        phone=phone.strip(),
        organisation=organisation.strip(),
        consent_recorded_by=by,
        consent_recorded_at=timezone.now(),
        claim_code=_claim_code(),
        created_by=by,
    )
    participant.target_groups.set(groups)
    return participant


# What a light record holds that comes from the account on a record of a person with one.
ACCOUNT_FIELDS = (
    "full_name",
    "gender",
    "birth_year",
    "region",
    "settlement",
    "settlement_type",
    "organisation",
)
PARTICIPANT_FIELDS = (*ACCOUNT_FIELDS, "phone")


@transaction.atomic
def participant_update(*, participant: Participant, by: User, target_groups=None, **fields):
    """Correct a light record: a coordinator any, a trainer those of her sessions. A merged
    record is corrected in the one it counts as; on a record with an account, what comes from
    the account (and its target groups) is hers to change in her profile. A trainer's change of
    target groups leaves the sensitive ones she cannot see as they were. The change is written
    to the audit log."""
    unknown = set(fields) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise TypeError(f"unknown participant fields: {sorted(unknown)}")
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if not sees_participant(by, participant):
        raise TrainingRefused(_("Only her trainers or a coordinator correct this record."))
    if participant.merged_into_id is not None:
        raise TrainingRefused(
            _("This record was merged into %(name)s's: correct that one.")
            % {"name": current_record(participant).full_name}
        )
    if participant.user_id and (set(fields) & set(ACCOUNT_FIELDS) or target_groups is not None):
        raise TrainingRefused(_("She has an account: she changes these in her profile."))
    if "full_name" in fields:
        fields["full_name"] = _clean_name(fields["full_name"])
    _check_birth_year(fields.get("birth_year"))
    for name in ("settlement", "phone", "organisation"):
        if name in fields:
            fields[name] = " ".join((fields[name] or "").split())
    changed = sorted(name for name, value in fields.items() if getattr(participant, name) != value)
    for name, value in fields.items():
        setattr(participant, name, value)
    participant.save()
    if target_groups is not None:
        groups = _check_target_groups(by, target_groups)
        if not sees_sensitive_groups(by):
            groups += list(participant.target_groups.filter(is_sensitive=True))
        if {group.pk for group in groups} != set(
            participant.target_groups.values_list("pk", flat=True)
        ):
            changed.append("target_groups")
        participant.target_groups.set(groups)
    if changed:
        reach_refresh(participants=[participant.pk])
        audit_entry_record(
            actor=by,
            action=AuditEntry.Action.CHANGED,
            what="trainings.participant_update",
            detail=f"pk={participant.pk} changed: {' '.join(changed)}",
        )
    return participant


@transaction.atomic
def participant_for_account(*, user: User, by: User) -> Participant:
    """The participant record of a person with an account (made once, from her profile)."""
    existing = Participant.objects.current().filter(user=user).order_by("pk").first()
    if existing is not None:
        return existing
    participant = Participant.objects.create(
        user=user,
        full_name=user.full_name or user.email,
        gender=user.gender,
        birth_year=user.birth_year,
        region=user.region,
        settlement=getattr(user, "settlement", "") or "",
        settlement_type=user.settlement_type,
        organisation=getattr(user, "organisation", "") or "",
        claim_code=_claim_code(),
        claimed_at=timezone.now(),
        created_by=by,
    )
    participant.target_groups.set(user.target_groups.all())
    return participant


@transaction.atomic
def participant_register(*, session: Session, participant: Participant, by: User) -> Registration:
    """Add a participant to a session (a merged record counts as the one it was merged into)."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    _check_runs(session, by)
    participant = current_record(participant)
    if session.registrations.filter(participant=participant).exists():
        raise TrainingRefused(
            _("%(name)s is already a participant of this session.")
            % {"name": participant.full_name}
        )
    if session.registrations.count() >= session.capacity:
        raise TrainingRefused(
            _("The session is full: %(capacity)s places.") % {"capacity": session.capacity}
        )
    try:
        with transaction.atomic():
            return Registration.objects.create(
                session=session, participant=participant, added_by=by
            )
    except IntegrityError as error:  # pragma: no cover - the lock above makes it rare
        raise TrainingRefused(
            _("%(name)s is already a participant of this session.")
            % {"name": participant.full_name}
        ) from error


@dataclass(frozen=True)
class Similar:
    participant: Participant
    score: int


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("ё", "е").split())


def participants_similar(
    *, full_name: str, settlement: str, exclude=(), limit: int = 5
) -> list[Similar]:
    """Records in the same settlement whose name is close to `full_name` (words in any order,
    a typo or two), best first: she may be typed in already."""
    key = settlement_key(settlement)
    if not key or not full_name.strip():
        return []
    candidates = {
        record.pk: record
        for record in Participant.objects.current()
        .filter(settlement_key=key)
        .exclude(pk__in=list(exclude))
    }
    if not candidates:
        return []
    found = process.extract(
        _key(full_name),
        {pk: _key(record.full_name) for pk, record in candidates.items()},
        scorer=fuzz.token_sort_ratio,
        score_cutoff=SIMILAR_SCORE,
        limit=limit,
    )
    return [Similar(candidates[pk], round(score)) for _name, score, pk in found]


@dataclass(frozen=True)
class Pair:
    first: Participant
    second: Participant
    score: int


def participants_duplicates(*, region: str = "", limit: int = 100) -> list[Pair]:
    """Pairs of current records with similar names in one settlement, best first."""
    records = Participant.objects.current().exclude(settlement_key="")
    if region:
        records = records.filter(region=region)
    by_place: dict[str, list[Participant]] = {}
    for record in records.order_by("pk"):
        by_place.setdefault(record.settlement_key, []).append(record)
    pairs = []
    for group in by_place.values():
        if len(group) < 2:
            continue
        names = [_key(record.full_name) for record in group]
        for i, name in enumerate(names):
            for j in range(i + 1, len(group)):
                score = fuzz.token_sort_ratio(name, names[j], score_cutoff=SIMILAR_SCORE)
                if score and not _both_accounts(group[i], group[j]):
                    pairs.append(Pair(group[i], group[j], round(score)))
    pairs.sort(key=lambda pair: (-pair.score, pair.first.pk))
    return pairs[:limit]


def _both_accounts(first: Participant, second: Participant) -> bool:
    return bool(first.user_id and second.user_id and first.user_id != second.user_id)


def _mark_merged(record: Participant, *, into: Participant | None, by: User) -> None:
    """`record` counts as `into` from now on; with None, as herself again (who and when go)."""
    record.merged_into = into
    record.merged_at = timezone.now() if into else None
    record.merged_by = by if into else None
    record.save(update_fields=["merged_into", "merged_at", "merged_by"])


@transaction.atomic
def participant_merge(*, source: Participant, target: Participant, by: User) -> Participant:
    """`source` was typed twice: it now counts as `target`. Both records and their sessions are
    kept, so that `participant_unmerge` undoes it. A record without an account is merged into
    the one with it. Merging it again into the same record is a no-op."""
    if not coordinates(by):
        raise TrainingRefused(_("Only a coordinator merges participants."))
    source, target = (
        Participant.objects.select_for_update().get(pk=source.pk),
        Participant.objects.select_for_update().get(pk=target.pk),
    )
    if source.merged_into_id == target.pk:
        return target
    if source.pk == target.pk:
        raise TrainingRefused(_("A record cannot be merged into itself."))
    if _both_accounts(source, target):
        raise TrainingRefused(_("Two people with their own accounts are two people."))
    if source.user_id and not target.user_id:
        source, target = target, source
    if source.merged_into_id or target.merged_into_id:
        raise TrainingRefused(_("One of these records is already merged into another."))
    _mark_merged(source, into=target, by=by)
    reach_refresh(participants=[source.pk, target.pk])
    audit_entry_record(
        actor=by,
        action=AuditEntry.Action.CHANGED,
        what="trainings.participant_merge",
        detail=f"pk={source.pk} into={target.pk}",
    )
    return target


@transaction.atomic
def participant_unmerge(*, participant: Participant, by: User) -> Participant:
    """Undo a merge: the record counts as herself again, with her own sessions."""
    if not coordinates(by):
        raise TrainingRefused(_("Only a coordinator undoes a merge."))
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.merged_into_id is None:
        return participant
    into = participant.merged_into_id
    _mark_merged(participant, into=None, by=by)
    reach_refresh(participants=[participant.pk, into])
    audit_entry_record(
        actor=by,
        action=AuditEntry.Action.CHANGED,
        what="trainings.participant_unmerge",
        detail=f"pk={participant.pk} from={into}",
    )
    return participant


@transaction.atomic
def participant_claim(*, user: User, code: str) -> Participant:
    """A signed-in person takes the record printed with `code` as hers, with its history (and
    that of the records merged into it). Her own record, if she has one, keeps its history:
    the claimed record is merged into it."""
    normalised = normalise_claim_code(code)
    record = (
        Participant.objects.select_for_update().filter(claim_code=normalised).first()
        if normalised
        else None
    )
    if record is None:
        raise TrainingRefused(_("No participant has this code. Check it on your certificate."))
    if record.user_id == user.pk:
        return current_record(record)
    if record.user_id is not None:
        raise TrainingRefused(_("This code has already been used."))
    root = current_record(record)
    if root.user_id not in (None, user.pk):
        raise TrainingRefused(_("This code has already been used."))
    now = timezone.now()
    own = Participant.objects.current().filter(user=user).exclude(pk=root.pk).first()
    for member in record_group(root):
        if member.user_id is None:
            member.user = user
            member.claimed_at = now
            member.save(update_fields=["user", "claimed_at"])
    if own is not None:
        root.refresh_from_db()
        _mark_merged(root, into=own, by=user)
    reach_refresh(participants=[root.pk], users=[user.pk])
    if own is not None:
        return own
    root.refresh_from_db()
    return root


# Trainer qualification


@transaction.atomic
def practicum_confirm(
    *, qualification: TrainerQualification, by: User, session: Session | None = None, note=""
) -> TrainerQualification:
    """Her practicum is done: she becomes a qualified trainer, with the Trainer role. A
    coordinator confirms it, or the lead trainer of `session` when she co-delivered it; nobody
    confirms her own. Confirming a qualified one is a no-op."""
    qualification = TrainerQualification.objects.select_for_update().get(pk=qualification.pk)
    if qualification.user_id == by.pk:
        raise TrainingRefused(_("Nobody confirms her own practicum."))
    if session is not None:
        if not session.co_trainers.filter(pk=qualification.user_id).exists():
            raise TrainingRefused(_("She is not a co-trainer of this session."))
        if session.status == Session.Status.PLANNED:
            raise TrainingRefused(_("The session has not been held yet."))
        if session.course_key not in _practicum_courses(qualification):
            raise TrainingRefused(
                _("The session is not of a course her trainer-of-trainers course qualifies for.")
            )
    leads = session is not None and session.lead_trainer_id == by.pk and has_role(by, Role.TRAINER)
    if not (coordinates(by) or leads):
        raise TrainingRefused(
            _("A coordinator, or the lead trainer of a session she co-delivered, confirms it.")
        )
    if qualification.is_qualified:
        return qualification
    now = timezone.now()
    qualification.status = TrainerQualification.Status.QUALIFIED
    qualification.qualified_at = now
    qualification.qualified_by = by
    if qualification.trained_by_id is None:
        qualification.trained_by = _trainer_of(qualification) or (
            session.lead_trainer if session is not None else by
        )
    qualification.save()
    Practicum.objects.update_or_create(
        qualification=qualification,
        defaults={"session": session, "confirmed_by": by, "note": note},
    )
    qualification.user.groups.add(Group.objects.get(name=Role.TRAINER))
    audit_entry_record(
        actor=by,
        action=AuditEntry.Action.CHANGED,
        what="trainings.practicum",
        detail=f"qualification={qualification.pk} user={qualification.user_id} "
        f"session={session.pk if session else '-'}",
    )
    return qualification


def _practicum_courses(qualification: TrainerQualification) -> set:
    """The translation keys of the ToT course and of the courses it qualifies for."""
    tots = CoursePage.objects.filter(translation_key=qualification.course_key)
    keys = set(
        CoursePage.objects.filter(qualified_by__in=tots).values_list("translation_key", flat=True)
    )
    return keys | {qualification.course_key}


def _trainer_of(qualification: TrainerQualification) -> User | None:
    """The lead trainer of a face-to-face session of the ToT course she took part in."""
    registration = (
        Registration.objects.filter(
            participant__user_id=qualification.user_id,
            session__course_key=qualification.course_key,
        )
        .exclude(session__status=Session.Status.PLANNED)
        .select_related("session__lead_trainer")
        .order_by("session__created_at")
        .first()
    )
    return registration.session.lead_trainer if registration else None


def pending_qualifications():
    return TrainerQualification.objects.filter(
        status=TrainerQualification.Status.PENDING
    ).select_related("user")
