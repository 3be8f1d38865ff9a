"""Attendance typed in from the signed sheet, and headcounts of very large events.

Each call writes a whole day (or a whole file) in one transaction with a fixed number of
queries, however many people: every row is checked first, and a single bad row refuses them
all with every problem listed, so nothing is half-written."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from people.models import Gender
from trainings.models import AgeBand, Attendance, Headcount, Registration, Session, SessionDay
from trainings.reach import reach_refresh
from trainings.selectors import coordinates

ONE_DECIMAL = Decimal("0.1")
# A headcount cell above this is a typing slip, not a village meeting.
MAX_HEADCOUNT = 100_000


class AttendanceRefused(Exception):
    """Nothing was written. `errors` are the messages, in the person's language; `by_row` the
    same messages by the row's key (a registration's id, a file's row number)."""

    def __init__(self, errors: list[str], by_row: dict | None = None):
        self.errors = errors
        self.by_row = by_row or {}
        super().__init__(" ".join(errors))


@dataclass
class AttendanceRow:
    """One participant on the day: present or not, and the hours she stayed."""

    registration_id: int
    present: bool
    hours: Decimal | None = None  # None: the whole day when present
    key: object = None  # how an error names the row (defaults to the registration's id)
    errors: list[str] = field(default_factory=list)


def hours_parse(text: str) -> Decimal:
    """'6', '7,5', '7.5' as hours to one decimal; ValueError when it is not a number."""
    cleaned = str(text).strip().replace(",", ".").replace(" ", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def hours_text(value: Decimal) -> str:
    """Hours as the person's language writes them: 6, 7,5."""
    value = Decimal(value)
    if value == value.to_integral():
        return str(int(value))
    return number_format(value, 1)


def _refuse_closed(session: Session, by) -> None:
    if session.is_closed and not coordinates(by):
        raise AttendanceRefused(
            [_("This session is closed: only a coordinator can change its attendance.")]
        )


def _check_hours(row: AttendanceRow, day: SessionDay, name: str) -> Decimal:
    """The hours to store for the row, or its problem added to row.errors."""
    if not row.present:
        if row.hours:
            row.errors.append(
                _("%(name)s: hours are given but she is not marked present.") % {"name": name}
            )
        return Decimal(0)
    hours = day.hours if row.hours is None else row.hours
    if hours < 0:
        row.errors.append(_("%(name)s: hours cannot be negative.") % {"name": name})
    elif hours > day.hours:
        row.errors.append(
            _("%(name)s: %(hours)s hours is more than the day's %(day_hours)s hours.")
            % {"name": name, "hours": hours_text(hours), "day_hours": hours_text(day.hours)}
        )
    return hours


def attendance_check(
    *, session: Session, day: SessionDay, rows: list[AttendanceRow], by=None
) -> list[Attendance]:
    """The Attendance rows `attendance_record` would store, unsaved, after every check; raises
    AttendanceRefused with all the problems found. Reads only (two queries)."""
    if day.session_id != session.pk:
        raise AttendanceRefused([_("This day is not one of the session's days.")])
    if not rows:
        raise AttendanceRefused([_("There is nobody to record.")])
    registrations = {
        registration.pk: registration
        for registration in Registration.objects.filter(
            session=session, pk__in={row.registration_id for row in rows}
        ).select_related("participant", "participant__merged_into")
    }
    objects, seen, errors, by_row = [], set(), [], {}
    for row in rows:
        key = row.key if row.key is not None else row.registration_id
        registration = registrations.get(row.registration_id)
        if registration is None:
            row.errors.append(_("This person is not a participant of the session."))
        elif row.registration_id in seen:
            row.errors.append(
                _("%(name)s is given twice for the same day.") % {"name": _name(registration)}
            )
        else:
            seen.add(row.registration_id)
            hours = _check_hours(row, day, _name(registration))
            objects.append(
                Attendance(
                    registration=registration,
                    day=day,
                    present=row.present,
                    hours=hours,
                    recorded_by=by,
                )
            )
        if row.errors:
            errors.extend(row.errors)
            by_row.setdefault(key, []).extend(row.errors)
    if errors:
        raise AttendanceRefused(errors, by_row)
    return objects


def attendance_record(*, session: Session, day: SessionDay, rows: list[AttendanceRow], by):
    """Store the day's attendance for the rows given (other participants' rows stay as they
    were), and who the session reached (trainings.reach), in a fixed number of queries whatever
    their number. Raises AttendanceRefused, writing nothing,
    when the session is closed and `by` is no coordinator, the day is not the session's, a row
    is not one of its participants, is given twice, or has more hours than the day. Returns the
    stored Attendance rows."""
    _refuse_closed(session, by)
    with transaction.atomic():
        objects = attendance_check(session=session, day=day, rows=rows, by=by)
        stored = Attendance.objects.bulk_create(
            objects,
            update_conflicts=True,
            unique_fields=["registration", "day"],
            update_fields=["present", "hours", "recorded_by", "recorded_at"],
        )
        _reach_follows(objects)
        return stored


def _reach_follows(objects: list[Attendance]) -> None:
    """Who these rows' sessions reached, written again (trainings.reach)."""
    reach_refresh(
        participants=Registration.objects.filter(
            pk__in={row.registration_id for row in objects}
        ).values_list("participant_id", flat=True)
    )


def _name(registration: Registration) -> str:
    participant = registration.participant
    return (participant.merged_into if participant.merged_into_id else participant).full_name


def attendance_record_days(*, session: Session, days: dict[int, list[AttendanceRow]], by):
    """Several days at once (an imported file), all or nothing: {day id: rows}. Every day is
    checked before any is written, and every problem of every day is listed."""
    _refuse_closed(session, by)
    with transaction.atomic():
        objects = attendance_check_days(session=session, days=days, by=by)
        stored = Attendance.objects.bulk_create(
            objects,
            update_conflicts=True,
            unique_fields=["registration", "day"],
            update_fields=["present", "hours", "recorded_by", "recorded_at"],
        )
        _reach_follows(objects)
        return stored


def attendance_check_days(
    *, session: Session, days: dict[int, list[AttendanceRow]], by=None
) -> list[Attendance]:
    by_pk = {day.pk: day for day in SessionDay.objects.filter(session=session, pk__in=days)}
    errors, by_row, objects = [], {}, []
    for day_id, rows in days.items():
        day = by_pk.get(day_id)
        if day is None:
            raise AttendanceRefused([_("This day is not one of the session's days.")])
        try:
            objects.extend(attendance_check(session=session, day=day, rows=rows, by=by))
        except AttendanceRefused as refusal:
            errors.extend(refusal.errors)
            by_row.update(refusal.by_row)
    if errors:
        raise AttendanceRefused(errors, by_row)
    return objects


def headcount_cells() -> list[tuple[str, str]]:
    """Every (gender, age band) a headcount is kept for."""
    return [(gender, band) for gender in Gender.values for band in AgeBand.values]


def headcount_record(*, session: Session, day: SessionDay, counts: dict, by) -> list[Headcount]:
    """Store the day's headcount: {(gender, age band): count}, each a whole number from 0;
    groups not given stay as they were. Counted in reports, never certified. Raises
    AttendanceRefused, writing nothing, on a closed session (unless `by` coordinates), another
    session's day, an unknown group or a count that is not a whole number."""
    _refuse_closed(session, by)
    if day.session_id != session.pk:
        raise AttendanceRefused([_("This day is not one of the session's days.")])
    known = set(headcount_cells())
    errors, objects = [], []
    for (gender, band), count in counts.items():
        if (gender, band) not in known:
            errors.append(_("Unknown group: %(group)s.") % {"group": f"{gender} {band}"})
            continue
        if not isinstance(count, int) or count < 0 or count > MAX_HEADCOUNT:
            errors.append(
                _("%(group)s: give a whole number from 0 to %(max)s.")
                % {"group": headcount_label(gender, band), "max": MAX_HEADCOUNT}
            )
            continue
        objects.append(
            Headcount(session=session, day=day, gender=gender, age_band=band, count=count)
        )
    if errors:
        raise AttendanceRefused(errors)
    with transaction.atomic():
        return Headcount.objects.bulk_create(
            objects,
            update_conflicts=True,
            unique_fields=["day", "gender", "age_band"],
            update_fields=["count"],
        )


def headcount_label(gender: str, band: str) -> str:
    return f"{Gender(gender).label}, {AgeBand(band).label}"
