"""The reports' rollup: the raw counts of every report query read in the last days, kept in
the database (reports.models.Rollup) and counted again by Celery beat every
REPORTS_ROLLUP_MINUTES, so that a dashboard over a million enrolments reads a few stored rows
instead of counting them again on each request.

People are counted once each over the whole period asked ("a person in three sessions is one
person reached"), and that is not a sum of per-day counts; so what is kept is each query's
answer (the totals, a table's grouped counts, the counts per month), keyed by the query:
its kind, the scope (reports.indicators.Scope), the indicator and the dimensions; and a
cascade's counts over a period (read from the attendance; without a period the cascade reads
the stored reach, right the moment after every change, and is not kept here).

- `totals`, `sessions_count`, `counts_by`, `counts_by_month` are the indicators' functions
  through the rollup: a stored answer counted less than twice the interval ago is used (beat
  missed a turn: still fresh enough); an older one, or none, is counted live and stored.
- `counting()` collects when the numbers a page shows were counted: the page says so.
- `recounting()` counts live and stores whatever is read inside it ("Count again now", beat).
- REPORTS_ROLLUP_MINUTES = 0 turns the rollup off: every count is live.

The stored counts are raw and as private as the rows they count: they never leave the server
except through core.suppression, like live counts."""

import contextlib
import datetime
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import fields
from datetime import timedelta
from decimal import Decimal
from uuid import UUID

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from reports import indicators
from reports.dimensions import REGISTRY
from reports.indicators import INDICATORS, Indicator, Scope
from reports.models import Rollup
from trainings import cascade

KEEP_DAYS = 7  # a query nobody read for this long is no longer counted again
_counted: ContextVar[list | None] = ContextVar("reports_counted", default=None)
_recount: ContextVar[bool] = ContextVar("reports_recount", default=False)


def minutes() -> int:
    return settings.REPORTS_ROLLUP_MINUTES


# The scope as JSON and back (sets as sorted lists, dates and keys as text).


def _plain(value):
    if isinstance(value, set | frozenset):
        return sorted(str(item) for item in value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in sorted(value.items())}
    if isinstance(value, datetime.date | UUID):
        return str(value)  # a date's str is its ISO form
    return value


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def scope_json(scope: Scope) -> dict:
    return {f.name: _plain(getattr(scope, f.name)) for f in fields(scope)}


def scope_from_json(data: dict) -> Scope:
    values = {}
    for f in fields(Scope):
        if f.name not in data:
            continue  # a field added since: its default
        value = data[f.name]
        if f.name in ("start", "end"):
            value = _date(value)
        elif f.name == "programme_items":
            value = {kind: set(keys) for kind, keys in (value or {}).items()}
        elif isinstance(value, list):
            value = frozenset(value)
        values[f.name] = value
    return Scope(**values)


# Each kind of query: how it is counted, and its answer as JSON and back.


def _run_table(what: dict):
    dimensions = [REGISTRY[key] for key in what["dimensions"]]
    return indicators.counts_by(INDICATORS[what["indicator"]], _scope(what), dimensions)


def _scope(what: dict) -> Scope:
    return scope_from_json(what["scope"])


def _run_cascade(what: dict) -> list:
    start, end = (_date(what["cascade"][name]) for name in ("start", "end"))
    return cascade.counts_rows(what["cascade"]["master"], start, end)


KINDS: dict[str, tuple[Callable, Callable, Callable]] = {
    # kind: (count it from `what`, answer → JSON, JSON → answer)
    "totals": (lambda what: indicators.totals(_scope(what)), dict, dict),
    "sessions": (lambda what: indicators.sessions_count(_scope(what)), _plain, _plain),
    "table": (
        _run_table,
        lambda found: None if found is None else [[list(k), n] for k, n in found.items()],
        lambda data: None if data is None else Counter({tuple(k): n for k, n in data}),
    ),
    "months": (
        lambda what: indicators.counts_by_month(INDICATORS[what["indicator"]], _scope(what)),
        lambda found: None if found is None else {d.isoformat(): n for d, n in found.items()},
        lambda data: None if data is None else {_date(d): n for d, n in sorted(data.items())},
    ),
    "cascade": (
        _run_cascade,
        # PostgreSQL's SUM of integers may come as a Decimal: whole numbers, stored as such.
        lambda rows: [[int(v) if isinstance(v, Decimal) else v for v in row] for row in rows],
        lambda data: [tuple(row) for row in data],
    ),
}


def _what(kind: str, scope: Scope | None, indicator=None, dimensions=(), **more) -> dict:
    return {
        "kind": kind,
        "scope": None if scope is None else scope_json(scope),
        "indicator": indicator.key if indicator else None,
        "dimensions": [d.key for d in dimensions],
        # Age bands are ages this year: a new year is a new query.
        "year": timezone.localdate().year,
        **more,
    }


def _key(what: dict) -> str:
    return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()


def _note(counted_at: datetime.datetime) -> None:
    times = _counted.get()
    if times is not None:
        times.append(counted_at)


def _store(key: str, what: dict, counts, now: datetime.datetime) -> None:
    values = {"what": what, "counts": counts, "counted_at": now, "read_at": now}
    try:
        with transaction.atomic():
            Rollup.objects.update_or_create(key=key, defaults=values)
    except IntegrityError:
        pass  # another request stored the same query at the same moment: its answer stands


def _stored(what: dict):
    count, encode, decode = KINDS[what["kind"]]
    now = timezone.now()
    if not minutes():
        _note(now)
        return count(what)
    key = _key(what)
    if not _recount.get():
        row = Rollup.objects.filter(key=key).values("counts", "counted_at", "read_at").first()
        if row is not None and row["counted_at"] >= now - timedelta(minutes=2 * minutes()):
            if row["read_at"] < now - timedelta(hours=1):  # kept while it is read
                Rollup.objects.filter(key=key).update(read_at=now)
            _note(row["counted_at"])
            return decode(row["counts"])
    found = count(what)
    _store(key, what, encode(found), now)
    _note(now)
    return found


def totals(scope: Scope) -> dict[str, int]:
    return _stored(_what("totals", scope))


def sessions_count(scope: Scope) -> int | None:
    return _stored(_what("sessions", scope))


def counts_by(indicator: Indicator, scope: Scope, dimensions) -> Counter | None:
    return _stored(_what("table", scope, indicator, list(dimensions)))


def counts_by_month(indicator: Indicator, scope: Scope) -> dict | None:
    return _stored(_what("months", scope, indicator))


def cascade_rows(master_id: int, start=None, end=None) -> list:
    """A cascade's counts over a period (trainings.cascade.counts_rows)."""
    period = {"master": master_id, "start": _plain(start), "end": _plain(end)}
    return _stored(_what("cascade", None, cascade=period))


@contextlib.contextmanager
def counting():
    """Collects when each count read inside was counted: `oldest(times)` for the page."""
    times: list = []
    token = _counted.set(times)
    try:
        yield times
    finally:
        _counted.reset(token)


def oldest(times: list) -> datetime.datetime:
    return min(times) if times else timezone.now()


def counted_note(counted_at: datetime.datetime | None) -> str:
    """When the numbers were counted, for a page or a file (nothing when counts are live)."""
    if not minutes() or counted_at is None:
        return ""
    return _("Counted at %(time)s; the counts are counted again every %(minutes)s minutes.") % {
        "time": formats.date_format(timezone.localtime(counted_at), "DATETIME_FORMAT"),
        "minutes": minutes(),
    }


@contextlib.contextmanager
def recounting():
    """Every count read inside is counted live and stored."""
    token = _recount.set(True)
    try:
        yield
    finally:
        _recount.reset(token)


def recount_stored(now: datetime.datetime | None = None) -> int:
    """Beat's turn: forget the queries nobody read for KEEP_DAYS, count the others again (each
    stored as it is counted: a worker stopped half-way leaves the rest as they were, a retry
    counts again). Returns how many were counted."""
    if not minutes():
        return 0
    now = now or timezone.now()
    Rollup.objects.filter(read_at__lt=now - timedelta(days=KEEP_DAYS)).delete()
    done = 0
    due = now - timedelta(minutes=minutes() / 2)
    for key, what in Rollup.objects.filter(counted_at__lt=due).values_list("key", "what"):
        try:
            count, encode, _decode = KINDS[what["kind"]]
            counts = encode(count(what))
        except (KeyError, TypeError, ValueError):
            # A query this code no longer knows (an indicator or dimension since renamed):
            # forgotten, and counted afresh when someone asks it again.
            Rollup.objects.filter(key=key).delete()
            continue
        Rollup.objects.filter(key=key).update(counts=counts, counted_at=timezone.now())
        done += 1
    return done
