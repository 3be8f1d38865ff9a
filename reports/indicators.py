"""What a report counts, over any period and any course, programme, session or webinar.

A `Source` is a kind of row (an enrolment, a certificate, a webinar registration, a
face-to-face registration with a day attended, a programme enrolment, a mentoring agreement, a
meeting): which rows a `Scope` (the filters) keeps, who the person of a row is, and where the
profile fields the dimensions read are (reports.dimensions). An `Indicator` counts a source's
rows either as **people** (each person once, however many rows: a person in three sessions is
one person reached) or as **participations** (each row once). Every count is one aggregate
query (`Count(..., distinct=True)` grouped in the database), never rows loaded into Python; the
numbers are raw here and go through core.suppression (reports.tables) before anyone sees them.

A filter an indicator does not concern leaves it out rather than counting it unfiltered: picked
by a course, webinar registrations are not shown; picked by a webinar, enrolments are not."""

import datetime
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import UUID

from django.db.models import BigIntegerField, Count, F, Q, QuerySet, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.utils.translation import gettext_lazy as _
from django_cte import CTE, with_cte

from certificates.models import Certificate
from courses.models import Enrolment
from mentoring.models import Agreement, Meeting
from programmes.models import ProgrammeEnrolment
from trainings.models import Registration as TrainingRegistration
from trainings.models import Session
from webinars.models import Registration as WebinarRegistration

HELD = (Session.Status.HELD, Session.Status.CLOSED)


@dataclass(frozen=True)
class Scope:
    """The filters, resolved: None where a filter is not set."""

    start: datetime.date | None = None
    end: datetime.date | None = None
    course_keys: frozenset | None = None
    webinar_keys: frozenset | None = None
    session_ids: frozenset | None = None
    programme_key: UUID | None = None
    programme_items: dict = field(default_factory=dict)  # kind → keys, for a programme
    region: str = ""
    group_id: int | None = None  # people of this target group only
    group_sensitive: bool = False  # that group is sensitive: totals only (reports.selectors)
    trainer_id: int | None = None  # a trainer's report: her own sessions only

    @property
    def activity(self) -> set[str]:
        """Which activity filters are set."""
        return {
            name
            for name, value in (
                ("course", self.course_keys),
                ("webinar", self.webinar_keys),
                ("session", self.session_ids),
                ("programme", self.programme_key),
            )
            if value is not None
        }


def _period(rows: QuerySet, path: str, scope: Scope, *, dates: bool = False) -> QuerySet:
    suffix = "" if dates else "__date"
    if scope.start:
        rows = rows.filter(**{f"{path}{suffix}__gte": scope.start})
    if scope.end:
        rows = rows.filter(**{f"{path}{suffix}__lte": scope.end})
    return rows


@dataclass(frozen=True)
class Source:
    key: str
    fields: dict[str, str]  # profile field → its path in these rows
    person: Callable  # → the expression naming the row's person
    rows: Callable[[Scope], QuerySet | None]  # None: the filters do not concern these rows
    month: str  # the date the over-time chart groups by

    def filtered(self, scope: Scope) -> QuerySet | None:
        rows = self.rows(scope)
        if rows is not None and scope.region:
            path = self.fields.get("region")
            rows = rows.filter(**{path: scope.region}) if path else rows.none()
        if rows is not None and scope.group_id is not None:
            # One join on the group's id: a person is in a group once, so a person in two
            # groups is one row here, never two.
            path = self.fields.get("target_groups")
            rows = rows.filter(**{f"{path}__id": scope.group_id}) if path else rows.none()
        return rows


def _profile(prefix: str) -> dict[str, str]:
    return {
        "disability": prefix,  # the person: the Washington Group answers are hers
        **{
            name: f"{prefix}{name}"
            for name in (
                "gender",
                "birth_year",
                "region",
                "settlement_type",
                "target_groups",
                "preferred_language",
            )
        },
    }


def _courses(scope: Scope) -> frozenset | None:
    """The course keys an enrolment must have; an empty set when none can."""
    if scope.course_keys is not None:
        return scope.course_keys
    if scope.programme_key is not None:
        return frozenset(scope.programme_items.get("course", ()))
    return None


def _enrolments(scope: Scope, *, completed: bool) -> QuerySet | None:
    if scope.trainer_id or scope.activity & {"webinar", "session"}:
        return None
    rows = Enrolment.objects.all()
    if completed:
        rows = _period(rows.filter(completed_at__isnull=False), "completed_at", scope)
    else:
        rows = _period(rows, "enrolled_at", scope)
    if (keys := _courses(scope)) is not None:
        rows = rows.filter(course_key__in=keys)
    return rows


def _certificates(scope: Scope) -> QuerySet | None:
    if scope.trainer_id:
        return None
    rows = _period(
        Certificate.objects.current().filter(revoked_at__isnull=True),
        "completed_on",
        scope,
        dates=True,
    )
    if scope.course_keys is not None:
        rows = rows.filter(course_key__in=scope.course_keys)
    if scope.webinar_keys is not None:
        rows = rows.filter(course_key__in=scope.webinar_keys)
    if scope.session_ids is not None:
        rows = rows.filter(training_registration__session_id__in=scope.session_ids)
    if scope.programme_key is not None:
        rows = rows.filter(programme_enrolment__programme_key=scope.programme_key)
    return rows


def _webinar_keys(scope: Scope) -> frozenset | None:
    if scope.webinar_keys is not None:
        return scope.webinar_keys
    if scope.programme_key is not None:
        return frozenset(scope.programme_items.get("webinar", ()))
    return None


def _webinars(scope: Scope, *, attended: bool) -> QuerySet | None:
    if scope.trainer_id or scope.activity & {"course", "session"}:
        return None
    rows = WebinarRegistration.objects.all()
    if attended:
        rows = _period(rows.filter(attended_at__isnull=False), "attended_at", scope)
    else:
        rows = rows.filter(
            Q(status=WebinarRegistration.Status.REGISTERED) | Q(attended_at__isnull=False)
        )
        rows = _period(rows, "registered_at", scope)
    if (keys := _webinar_keys(scope)) is not None:
        rows = rows.filter(webinar_key__in=keys)
    return rows


def _sessions_filter(scope: Scope, path: str) -> Q | None:
    """Which sessions count: picked, of a course, of a programme's trainings, a trainer's."""
    if scope.activity & {"webinar"}:
        return None
    q = Q()
    if scope.session_ids is not None:
        q &= Q(**{f"{path}pk__in": scope.session_ids})
    if scope.course_keys is not None:
        q &= Q(**{f"{path}course_key__in": scope.course_keys})
    if scope.programme_key is not None:
        q &= Q(**{f"{path}course_key__in": scope.programme_items.get("session", ())})
    if scope.trainer_id:
        q &= Q(**{f"{path}lead_trainer_id": scope.trainer_id})
    return q


def _face_to_face(scope: Scope) -> QuerySet | None:
    """Registrations with at least one day attended (present on the signed sheet) in the
    period."""
    sessions = _sessions_filter(scope, "session__")
    if sessions is None:
        return None
    days = Q(attendance__present=True)
    if scope.start:
        days &= Q(attendance__day__date__gte=scope.start)
    if scope.end:
        days &= Q(attendance__day__date__lte=scope.end)
    return TrainingRegistration.objects.filter(sessions, days)


def sessions_held(scope: Scope) -> QuerySet | None:
    """Sessions held or closed with a day in the period (not a count of people). Not under a
    target group's filter: which sessions were held "for" a group is not known."""
    sessions = _sessions_filter(scope, "")
    if sessions is None or scope.group_id is not None:
        return None
    rows = Session.objects.filter(sessions, status__in=HELD)
    if scope.region:
        rows = rows.filter(region=scope.region)
    if scope.start:
        rows = rows.filter(days__date__gte=scope.start)
    if scope.end:
        rows = rows.filter(days__date__lte=scope.end)
    return rows


def _programmes(scope: Scope, *, completed: bool) -> QuerySet | None:
    if scope.trainer_id or scope.activity - {"programme"}:
        return None
    rows = ProgrammeEnrolment.objects.all()
    if completed:
        rows = _period(rows.filter(completed_at__isnull=False), "completed_at", scope)
    else:
        rows = _period(rows, "enrolled_at", scope)
    if scope.programme_key is not None:
        rows = rows.filter(programme_key=scope.programme_key)
    return rows


def _mentoring(scope: Scope, model, path: str, prefix: str) -> QuerySet | None:
    if scope.trainer_id or scope.activity - {"programme"}:
        return None
    rows = _period(model.objects.all(), path, scope, dates=True)
    if scope.programme_key is not None:
        rows = rows.filter(**{f"{prefix}scheme__programme_key": scope.programme_key})
    return rows


def _user(prefix: str = "user_id"):
    return lambda: F(prefix)


SOURCES = {
    source.key: source
    for source in (
        Source(
            "enrolments",
            _profile("user__"),
            _user(),
            lambda scope: _enrolments(scope, completed=False),
            "enrolled_at",
        ),
        Source(
            "completions",
            _profile("user__"),
            _user(),
            lambda scope: _enrolments(scope, completed=True),
            "completed_at",
        ),
        Source(
            "certificates",
            # The certificate's own snapshot (reports stay true after a profile changes); what
            # it does not keep is read from the account, if any.
            {
                "gender": "gender",
                "birth_year": "birth_year",
                "region": "region",
                "target_groups": "target_groups",
                "settlement_type": "user__settlement_type",
                "preferred_language": "user__preferred_language",
                "disability": "user__",
            },
            # A holder without an account (a face-to-face training) is her certificate.
            lambda: Coalesce(F("user_id"), Value(0) - F("pk")),
            _certificates,
            "completed_on",
        ),
        Source(
            "webinar_registrations",
            _profile("user__"),
            _user(),
            lambda scope: _webinars(scope, attended=False),
            "registered_at",
        ),
        Source(
            "webinar_attendance",
            _profile("user__"),
            _user(),
            lambda scope: _webinars(scope, attended=True),
            "attended_at",
        ),
        Source(
            "face_to_face",
            # The participant's record (a light record has its own profile); her language is
            # her account's, when she has one.
            {
                **_profile("participant__"),
                "preferred_language": "participant__user__preferred_language",
                "disability": "participant__user__",
            },
            # Who the record counts as (trainings.reach keeps it): her account when she has one
            # (two records of one account are one person), else the record she was merged into.
            lambda: Coalesce(
                F("participant__counts_as"), F("participant_id"), output_field=BigIntegerField()
            ),
            _face_to_face,
            "attendance__day__date",
        ),
        Source(
            "programmes",
            _profile("user__"),
            _user(),
            lambda scope: _programmes(scope, completed=False),
            "enrolled_at",
        ),
        Source(
            "programme_completions",
            _profile("user__"),
            _user(),
            lambda scope: _programmes(scope, completed=True),
            "completed_at",
        ),
        Source(
            "mentoring_pairs",
            _profile("mentee__"),
            _user("mentee_id"),
            lambda scope: _mentoring(scope, Agreement, "starts_on", ""),
            "starts_on",
        ),
        Source(
            "mentoring_meetings",
            _profile("agreement__mentee__"),
            _user("agreement__mentee_id"),
            lambda scope: _mentoring(scope, Meeting, "held_on", "agreement__"),
            "held_on",
        ),
    )
}


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    source: str
    people: bool  # True: each person once; False: each participation (row) once

    @property
    def kind(self) -> str:
        return str(_("people") if self.people else _("participations"))

    def count(self):
        source = SOURCES[self.source]
        return Count(source.person() if self.people else F("pk"), distinct=True)


INDICATORS = {
    indicator.key: indicator
    for indicator in (
        Indicator("enrolled", _("People enrolled"), "enrolments", True),
        Indicator("enrolments", _("Enrolments"), "enrolments", False),
        Indicator("completed", _("People who completed a course"), "completions", True),
        Indicator("completions", _("Course completions"), "completions", False),
        Indicator("certified", _("People certified"), "certificates", True),
        Indicator("certificates", _("Certificates"), "certificates", False),
        Indicator(
            "webinar_registered", _("People registered for webinars"), "webinar_registrations", True
        ),
        Indicator(
            "webinar_registrations", _("Webinar registrations"), "webinar_registrations", False
        ),
        Indicator(
            "webinar_attended", _("People who attended webinars"), "webinar_attendance", True
        ),
        Indicator("webinar_attendances", _("Webinar attendances"), "webinar_attendance", False),
        Indicator("face_to_face_people", _("Face-to-face participants"), "face_to_face", True),
        Indicator(
            "face_to_face_participations", _("Face-to-face participations"), "face_to_face", False
        ),
        Indicator("programme_enrolled", _("People enrolled in programmes"), "programmes", True),
        Indicator(
            "programme_completed",
            _("People who completed a programme"),
            "programme_completions",
            True,
        ),
        Indicator("mentees", _("People mentored"), "mentoring_pairs", True),
        Indicator("mentoring_pairs", _("Mentoring pairs"), "mentoring_pairs", False),
        Indicator("mentoring_meetings", _("Mentoring meetings"), "mentoring_meetings", False),
    )
}


def indicator_choices(scope: Scope | None = None) -> list[tuple[str, str]]:
    return [
        (key, f"{indicator.label} ({indicator.kind})")
        for key, indicator in INDICATORS.items()
        if scope is None or SOURCES[indicator.source].rows(scope) is not None
    ]


def totals(scope: Scope) -> dict[str, int]:
    """Every indicator the filters concern, raw: one query per source (its people and its
    participations together, one scan), however many rows."""
    found: dict[str, int] = {}
    for key, source in SOURCES.items():
        rows = source.filtered(scope)
        if rows is None:
            continue
        measures = {i.key: i.count() for i in INDICATORS.values() if i.source == key}
        found.update(rows.aggregate(**measures))
    return found


def sessions_count(scope: Scope) -> int | None:
    rows = sessions_held(scope)
    return None if rows is None else rows.values("pk").distinct().count()


def counts_by(indicator: Indicator, scope: Scope, dimensions) -> Counter | None:
    """(value of each dimension) → count, in one grouped query; None when the filters do not
    concern the indicator. A dimension the source does not know counts as "Not given"."""
    source = SOURCES[indicator.source]
    rows = source.filtered(scope)
    if rows is None:
        return None
    named = {
        f"d{n}": dimension.expression_for(source.fields.get(dimension.field))
        for n, dimension in enumerate(dimensions)
    }
    found: Counter = Counter()
    if indicator.people:
        # Each person once in each line: the distinct (person, values) first, then counted
        # (PostgreSQL hashes the distinct pairs; COUNT(DISTINCT) would sort within each group).
        # No ordering: a model's Meta.ordering would join the DISTINCT (a certificate's
        # issued_at), and a person with two certificates would count twice in a line.
        person = SOURCES[indicator.source].person()
        pairs = CTE(rows.values(p=person, **named).order_by().distinct())
        grouped = with_cte(
            pairs, select=pairs.queryset().values(*named).annotate(n=Count("p")).order_by()
        )
    else:
        grouped = rows.values(**named).annotate(n=indicator.count()).order_by()
    for row in grouped:
        found[tuple(row[f"d{n}"] for n in range(len(dimensions)))] += row["n"]
    return found


def counts_by_month(indicator: Indicator, scope: Scope) -> dict | None:
    """First day of each month → count (people: each once in each month)."""
    source = SOURCES[indicator.source]
    rows = source.filtered(scope)
    if rows is None:
        return None
    months = (
        rows.annotate(month=TruncMonth(source.month))
        .values("month")
        .annotate(n=indicator.count())
        .order_by("month")
    )
    found = {}
    for row in months:
        month = row["month"]
        if month is None:
            continue
        if isinstance(month, datetime.datetime):
            month = month.date()
        found[month] = row["n"]
    return found
