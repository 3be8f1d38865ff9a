"""A master trainer's cascade: the trainers she trained, those they trained and so on (the
`trained_by` edges of qualified `courses.TrainerQualification`s), the sessions each of them led
and the people those sessions reached.

Three queries however deep the cascade, never one per generation:

1. `cascade_tree`: one recursive CTE (django-cte) over the edges, from the master trainer down,
   joined to the trainers' names. A trainer trained by two trainers of the cascade is drawn once,
   under the first who reached her (her generation is the shortest way down to her); a cycle of
   edges stops at MAX_DEPTH.
2. `_counts_rows`: one statement that embeds the same CTE and counts, in the database, the
   sessions held per trainer, the people reached per trainer, per generation and in all, and
   the headcounts per generation. Over a period (`cascade_of(master, start=, end=)`),
   `_period_counts_rows` instead: the same rows, counted in one statement from the attendance
   of the period's days (the stored reach has no dates).
3. `_reach_rows`: one statement, the same CTE, for the reach table: the people by target group
   × region × gender and by age band, urban or rural × gender, and the headcounts.

The people reached are read from the stored reach (trainings.reach, trainings.models.reach),
kept right by every change that moves it: no join, no cache. Who counts as reached: a person
who attended at least one day (present on the signed sheet) of a session led by a trainer of
the cascade. Each person once, however many sessions she attended: a record merged into
another counts as the record it was merged into (merges of merges followed), and records with
an account count as that account, with the account's profile and target groups (the account
is the person; a light record has its own). Her age band is her age this year. Headcounts
(large events where people were counted, not named) are counted apart, by gender and age band
only: per session, the largest count of its days for each gender and age band (the same people
come back on the second day).

Sessions held: led by a trainer of the cascade, held or closed (a planned one is not held yet).
Co-trainers do not count: a session's participants belong to its lead trainer.

Over a period (dates, inclusive): the sessions held with at least one day in it; the people
present on at least one day in it (who each is: her record's counts_as, kept by
trainings.reach with the stored reach: the same merges and accounts, each person once per
trainer, per generation and in all); the headcounts of its days. The trainers are every
trainer of the cascade, whatever the period: the generations'
trainers and their total (Cascade.trainers_in_table) do not change with it."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BigIntegerField, F, IntegerField, Min, Value
from django.db.models.functions import Cast
from django.db.models.lookups import LessThan
from django.utils.translation import gettext_lazy as _
from django_cte import CTE, with_cte

from core.suppression import Block, Cell, CountTable, column_cells, count_block, total_cell
from courses.models import TrainerQualification
from people.counting import (
    NOT_GIVEN,
    profile_counts_table,
    profile_gender,
    profile_genders,
)
from people.models import User
from people.regions import SettlementType
from trainings.models import (
    AgeBand,
    Attendance,
    Headcount,
    Participant,
    ReachedMember,
    ReachedPerson,
    Registration,
    Session,
    SessionDay,
    TrainerReach,
)

MAX_DEPTH = 30  # a guard against a cycle of trained_by edges; no real cascade is this deep
HELD = (Session.Status.HELD, Session.Status.CLOSED)


@dataclass
class Node:
    pk: int
    name: str
    generation: int
    parent: int | None
    children: list["Node"] = field(default_factory=list)
    sessions: int = 0
    reached: int = 0
    reached_cell: Cell | None = None


@dataclass
class Generation:
    number: int
    trainers: int
    sessions: int
    reached: Cell | None  # None: no session held, nobody reached
    headcount: Cell | None = None  # None: nobody counted by headcount


@dataclass
class Cascade:
    master: User
    root: Node
    nodes: dict[int, Node]
    generations: list[Generation]
    reached: Cell  # every person once
    headcount: Cell | None  # people counted by headcount, not named; None: none
    start: datetime.date | None = None  # the period counted (inclusive); None: open
    end: datetime.date | None = None

    @property
    def trainers(self) -> int:
        """The trainers she trained, down the generations (not the master trainer)."""
        return len(self.nodes) - 1

    @property
    def trainers_in_table(self) -> int:
        """The generations table's total: its rows count the master trainer in generation 0."""
        return len(self.nodes)

    @property
    def sessions(self) -> int:
        return sum(node.sessions for node in self.nodes.values())


@dataclass
class ReachTable:
    counts: CountTable  # target group × region × gender
    by_age: Block | None = None  # age band × gender
    by_settlement: Block | None = None  # urban or rural × gender
    headcount: Block | None = None  # age band × gender, counted people
    groups_only: bool = False  # picked by a sensitive group: its total and nothing else


def _cascade_cte(master_id: int) -> CTE:
    def make(cte):
        return (
            User.objects.filter(pk=master_id)
            .values(
                trainer=F("pk"),
                parent=Cast(Value(None), output_field=BigIntegerField()),
                depth=Cast(Value(0), output_field=IntegerField()),
            )
            .union(
                cte.join(TrainerQualification, trained_by_id=cte.col.trainer)
                .filter(LessThan(cte.col.depth, MAX_DEPTH))
                .filter(status=TrainerQualification.Status.QUALIFIED)
                .values(
                    trainer=F("user_id"),
                    parent=F("trained_by_id"),
                    depth=Cast(cte.col.depth + Value(1), output_field=IntegerField()),
                ),
                all=False,
            )
        )

    return CTE.recursive(make, name="cascade")


def cascade_tree(master: User) -> tuple[dict[int, Node], Node]:
    """Every trainer of `master`'s cascade, she included, with her generation and the trainer
    she is drawn under: one query."""
    cte = _cascade_cte(master.pk)
    rows = with_cte(
        cte,
        select=cte.join(User, pk=cte.col.trainer).values(
            "pk", "full_name", "email", parent_pk=cte.col.parent, depth=cte.col.depth
        ),
    )
    best: dict[int, tuple[int, int | None, str]] = {}
    for row in rows:
        pk, depth, parent = row["pk"], row["depth"], row["parent_pk"]
        if pk == master.pk:
            depth, parent = 0, None
        known = best.get(pk)
        if known is None or (depth, parent or 0) < (known[0], known[1] or 0):
            best[pk] = (depth, parent, row["full_name"] or row["email"])
    if master.pk not in best:
        best[master.pk] = (0, None, master.full_name or master.email)
    nodes = {pk: Node(pk, name, depth, parent) for pk, (depth, parent, name) in best.items()}
    for node in sorted(nodes.values(), key=lambda n: (n.name.casefold(), n.pk)):
        if node.parent is not None and node.parent in nodes:
            nodes[node.parent].children.append(node)
    return nodes, nodes[master.pk]


def _sql_of(queryset) -> tuple[str, tuple]:
    sql, params = queryset.query.sql_with_params()
    return sql, tuple(params)


def _generations_sql(master_id: int) -> tuple[str, tuple]:
    """The cascade's trainers and their generations, as SQL to embed (django-cte)."""
    cte = _cascade_cte(master_id)
    return _sql_of(
        with_cte(
            cte,
            select=cte.queryset().values("trainer").annotate(generation=Min("depth")),
        )
    )


def _table(model, *fields) -> str:
    quote = connection.ops.quote_name
    if not fields:
        return quote(model._meta.db_table)
    return ", ".join(quote(model._meta.get_field(name).column) for name in fields)


def _age_band_sql(column: str) -> tuple[str, list]:
    """Her age band this year, from her birth year ('' when not given)."""
    year = datetime.date.today().year
    bands = [band.value for band in AgeBand]
    limits = [18, 30, 45, 60]
    whens = " ".join(f"WHEN %s - {column} < {limit} THEN %s" for limit in limits)
    params = [value for band in bands[:-1] for value in (year, band)]
    return f"CASE WHEN {column} IS NULL THEN '' {whens} ELSE %s END", [*params, bands[-1]]


# The end of both counting statements: sessions held per trainer (`held`), headcounts per
# generation (`counted`).
_SESSIONS_AND_HEADCOUNTS = """UNION ALL
SELECT 'sessions', lead_trainer_id, NULL, NULL, COUNT(*), 0 FROM held GROUP BY lead_trainer_id
UNION ALL
SELECT 'headcount', generation, gender, age_band, CAST(SUM(n) AS BIGINT), 0 FROM counted
GROUP BY generation, gender, age_band
"""


def _counts_rows(master_id: int) -> list:
    """The tree's counts in one statement, from the stored reach (trainings.reach): rows of
    (part, key, gender, age band, number, people reached by this trainer alone). A person
    reached by one lead trainer only is counted with her trainer (TrainerReach, one row per
    trainer); those reached by several are counted person by person, once per generation and
    once in all."""
    generations, params = _generations_sql(master_id)
    reached = _table(ReachedPerson)
    sql = f"""
WITH RECURSIVE
gen AS ({generations}),
shared AS (
    SELECT gen.generation, f.person FROM {reached} f JOIN gen ON gen.trainer = f.trainer_id
    WHERE f.shared
),
held AS (
    SELECT s.lead_trainer_id FROM {_table(Session)} s
    JOIN gen ON gen.trainer = s.lead_trainer_id WHERE s.status IN (%s, %s)
),
counted AS (
    SELECT gen.generation, h.session_id, h.gender, h.age_band,
        MAX(h.{_table(Headcount, "count")}) AS n
    FROM {_table(Headcount)} h
    JOIN {_table(Session)} s ON s.id = h.session_id
    JOIN gen ON gen.trainer = s.lead_trainer_id
    GROUP BY gen.generation, h.session_id, h.gender, h.age_band
)
SELECT 'trainer' AS part, CAST(t.trainer_id AS BIGINT) AS k,
    CAST(NULL AS VARCHAR(20)) AS gender, CAST(NULL AS VARCHAR(20)) AS age_band,
    CAST(t.reached AS BIGINT) AS n, CAST(t.alone AS BIGINT) AS alone
FROM {_table(TrainerReach)} t JOIN gen ON gen.trainer = t.trainer_id
UNION ALL
SELECT 'generation', generation, NULL, NULL, COUNT(DISTINCT person), 0 FROM shared
GROUP BY generation
UNION ALL
SELECT 'everyone', NULL, NULL, NULL, COUNT(DISTINCT person), 0 FROM shared
{_SESSIONS_AND_HEADCOUNTS}"""  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *HELD])
        return cursor.fetchall()


def _period_sql(start: datetime.date | None, end: datetime.date | None) -> tuple[str, list]:
    """The days of the period (inclusive; either end open), as a condition on `d.date`."""
    clauses, params = [], []
    if start is not None:
        clauses.append("d.date >= %s")
        params.append(connection.ops.adapt_datefield_value(start))
    if end is not None:
        clauses.append("d.date <= %s")
        params.append(connection.ops.adapt_datefield_value(end))
    return " AND ".join(clauses), params


def _period_counts_rows(
    master_id: int, start: datetime.date | None, end: datetime.date | None
) -> list:
    """`_counts_rows` over a period, in one statement, from the attendance itself (the stored
    reach has no dates): the sessions held with a day in the period, the people present on a
    day of the period (who each is: her record's counts_as, which trainings.reach keeps with
    the stored reach; a record it never counted is left out, as from the stored reach), each
    once per trainer, per generation and in all, and the headcounts of the period's days. The
    rows have the shape of `_counts_rows`'s, nobody counted as reached by one trainer alone:
    the generations' and the total's people are counted person by person."""
    generations, params = _generations_sql(master_id)
    period, period_params = _period_sql(start, end)
    sql = f"""
WITH RECURSIVE
gen AS ({generations}),
days AS (
    SELECT d.id, d.session_id, s.lead_trainer_id, s.status, gen.generation
    FROM {_table(SessionDay)} d
    JOIN {_table(Session)} s ON s.id = d.session_id
    JOIN gen ON gen.trainer = s.lead_trainer_id
    WHERE {period}
),
came AS (
    SELECT DISTINCT days.lead_trainer_id AS trainer, days.generation,
        p.{_table(Participant, "counts_as")} AS person
    FROM {_table(Attendance)} a
    JOIN days ON days.id = a.day_id
    JOIN {_table(Registration)} reg ON reg.id = a.registration_id
    JOIN {_table(Participant)} p ON p.id = reg.participant_id
    WHERE a.present AND p.{_table(Participant, "counts_as")} IS NOT NULL
),
pairs AS (
    SELECT generation, person FROM came GROUP BY generation, person
),
held AS (
    SELECT DISTINCT session_id, lead_trainer_id FROM days WHERE status IN (%s, %s)
),
counted AS (
    SELECT days.generation, h.session_id, h.gender, h.age_band,
        MAX(h.{_table(Headcount, "count")}) AS n
    FROM {_table(Headcount)} h
    JOIN days ON days.id = h.day_id
    GROUP BY days.generation, h.session_id, h.gender, h.age_band
)
SELECT 'trainer' AS part, CAST(trainer AS BIGINT) AS k,
    CAST(NULL AS VARCHAR(20)) AS gender, CAST(NULL AS VARCHAR(20)) AS age_band,
    CAST(COUNT(*) AS BIGINT) AS n, CAST(0 AS BIGINT) AS alone
FROM came GROUP BY trainer
UNION ALL
SELECT 'generation', generation, NULL, NULL, COUNT(*), 0 FROM pairs GROUP BY generation
UNION ALL
SELECT 'everyone', NULL, NULL, NULL, COUNT(*), 0 FROM (
    SELECT person FROM pairs GROUP BY person
) once
{_SESSIONS_AND_HEADCOUNTS}"""  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *period_params, *HELD])
        return cursor.fetchall()


def _reach_rows(master_id: int, *, region: str = "", group_id: int | None = None) -> list:
    """The reach table's counts in one statement, from the stored reach: rows of (part, key,
    region, gender, age band, settlement type, number). `region` and `group_id` pick the
    people counted; unpicked, the headcounts by gender and age band come too."""
    generations, params = _generations_sql(master_id)
    reached, member = _table(ReachedPerson), _table(ReachedMember)
    picks, pick_params = [], []
    if region:
        picks.append("AND {0}.region = %s")
        pick_params.append(region)
    if group_id is not None:
        picks.append(f"AND {{0}}.person IN (SELECT person FROM {member} WHERE group_id = %s)")  # noqa: S608
        pick_params.append(group_id)
    band, band_params = _age_band_sql("birth_year")
    headcount = ""
    if not picks:
        headcount = f"""
UNION ALL
SELECT 'headcount', NULL, NULL, gender, age_band, NULL, CAST(SUM(n) AS BIGINT) FROM (
    SELECT h.session_id, h.gender, h.age_band, MAX(h.{_table(Headcount, "count")}) AS n
    FROM {_table(Headcount)} h
    JOIN {_table(Session)} s ON s.id = h.session_id
    JOIN gen ON gen.trainer = s.lead_trainer_id
    GROUP BY h.session_id, h.gender, h.age_band
) counted GROUP BY gender, age_band"""  # noqa: S608
    person_picks = " ".join(pick.format("f") for pick in picks)
    member_picks = " ".join(pick.format("m") for pick in picks)
    # Each part reads the index of the trainers' rows itself (nothing materialised in
    # between); people reached by one trainer alone are counted as they are, the others person
    # by person. The age band is worked out on the grouped rows, not on every person.
    # Only our table names (quoted) and fixed clauses go into the text; every value is a
    # parameter.
    sql = f"""
WITH RECURSIVE
gen AS ({generations}),
people AS (
    SELECT f.region, f.gender, f.birth_year, f.settlement_type, COUNT(*) AS n
    FROM {reached} f JOIN gen ON gen.trainer = f.trainer_id
    WHERE NOT f.shared {person_picks}
    GROUP BY f.region, f.gender, f.birth_year, f.settlement_type
    UNION ALL
    SELECT region, gender, birth_year, settlement_type, COUNT(*) FROM (
        SELECT DISTINCT f.person, f.region, f.gender, f.birth_year, f.settlement_type
        FROM {reached} f JOIN gen ON gen.trainer = f.trainer_id
        WHERE f.shared {person_picks}
    ) once GROUP BY region, gender, birth_year, settlement_type
)
SELECT 'profile' AS part, CAST(NULL AS BIGINT) AS k, region, gender, age_band,
    settlement_type, CAST(SUM(n) AS BIGINT) AS n
FROM (SELECT region, gender, {band} AS age_band, settlement_type, n FROM people) banded
GROUP BY region, gender, age_band, settlement_type
UNION ALL
SELECT 'group', m.group_id, m.region, m.gender, NULL, NULL, COUNT(*)
FROM {member} m JOIN gen ON gen.trainer = m.trainer_id
WHERE NOT m.shared {member_picks}
GROUP BY m.group_id, m.region, m.gender
UNION ALL
SELECT 'group', m.group_id, m.region, m.gender, NULL, NULL, COUNT(DISTINCT m.person)
FROM {member} m JOIN gen ON gen.trainer = m.trainer_id
WHERE m.shared {member_picks}
GROUP BY m.group_id, m.region, m.gender
{headcount}
"""  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(
            sql, [*params, *pick_params, *pick_params, *band_params, *pick_params, *pick_params]
        )
        return cursor.fetchall()


def cascade_of(
    master: User,
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    rows: list | None = None,
) -> Cascade:
    """The tree, the generations and their counts: two queries. Given a period (`start`,
    `end`, inclusive, either may be open), only what happened in it is counted: the sessions
    held with a day in it, the people present on a day of it, the headcounts of its days
    (read from the attendance); without one, everything, from the stored reach. `rows`: the
    counts as `counts_rows` gave them earlier (the reports' rollup keeps them)."""
    nodes, root = cascade_tree(master)
    if rows is None:
        rows = counts_rows(master.pk, start, end)
    cascade = _assemble(master, nodes, root, rows)
    cascade.start, cascade.end = start, end
    return cascade


def counts_rows(master_id: int, start=None, end=None) -> list:
    """The cascade's counts as rows (part, key, gender, age band, number, alone)."""
    if start is None and end is None:
        return _counts_rows(master_id)
    return _period_counts_rows(master_id, start, end)


def _assemble(master, nodes, root, rows) -> Cascade:
    by_generation: dict[int, int] = defaultdict(int)
    headcount_by_generation: dict[int, int] = defaultdict(int)
    everyone = 0
    for part, key, _gender, _age, number, alone in rows:
        if part == "trainer" and key in nodes:
            nodes[key].reached = number
            # Reached by her alone: counted once with her generation and in all.
            by_generation[nodes[key].generation] += alone
            everyone += alone
        elif part == "sessions" and key in nodes:
            nodes[key].sessions = number
        elif part == "generation":
            by_generation[key] += number
        elif part == "headcount":
            headcount_by_generation[key] += number
        elif part == "everyone":
            everyone += number
    # A trainer (or a generation) who held no session and reached nobody has no count of
    # people to hide: she shows "—", and the others' cells are suppressed among themselves.
    ordered = [
        node
        for node in sorted(nodes.values(), key=lambda n: (n.generation, n.name.casefold(), n.pk))
        if node.sessions or node.reached
    ]
    for node, cell in zip(ordered, column_cells([n.reached for n in ordered]), strict=True):
        node.reached_cell = cell
    depth = max(node.generation for node in nodes.values())
    sessions_of = defaultdict(int)
    for node in nodes.values():
        sessions_of[node.generation] += node.sessions
    active = [n for n in range(depth + 1) if sessions_of[n] or by_generation.get(n)]
    cells = dict(zip(active, column_cells([by_generation.get(n, 0) for n in active]), strict=True))
    counted = dict(
        zip(active, column_cells([headcount_by_generation.get(n, 0) for n in active]), strict=True)
    )
    counted_any = any(headcount_by_generation.values())
    generations = [
        Generation(
            number=n,
            trainers=sum(1 for node in nodes.values() if node.generation == n),
            sessions=sessions_of[n],
            reached=cells.get(n),
            headcount=counted.get(n) if counted_any else None,
        )
        for n in range(depth + 1)
    ]
    return Cascade(
        master=master,
        root=root,
        nodes=nodes,
        generations=generations,
        reached=total_cell(everyone),
        headcount=total_cell(sum(headcount_by_generation.values())) if counted_any else None,
    )


AGE_ROWS = [*AgeBand.choices, (NOT_GIVEN, _("Not given"))]
SETTLEMENT_ROWS = [*SettlementType.choices, (NOT_GIVEN, _("Not given"))]


def reach_table(master: User, *, viewer, picked_group=None, region: str = "") -> ReachTable:
    """The people reached by target group × region × gender (core.suppression, people.counting),
    by age band and urban or rural × gender, and the headcounts by age band × gender. Picked by
    a sensitive group, only its total; picked by region or a group, the headcounts (which have
    neither) are left out. One query."""
    picked = bool(region or picked_group is not None)
    rows = _reach_rows(master.pk, region=region, group_id=picked_group.pk if picked_group else None)
    groups: dict = defaultdict(int)
    ages: dict = defaultdict(int)
    settlements: dict = defaultdict(int)
    counted: dict = defaultdict(int)
    ages_known = {value for value, _label in AgeBand.choices}
    settlements_known = set(SettlementType.values)
    for part, key, region_value, gender, age, settlement, number in rows:
        if part == "profile":
            groups[(None, region_value or "", gender or "")] += number
            sex = profile_gender(gender or "")
            ages[(age if age in ages_known else NOT_GIVEN, sex)] += number
            place = settlement if settlement in settlements_known else NOT_GIVEN
            settlements[(place, sex)] += number
        elif part == "group":
            groups[(key, region_value or "", gender or "")] += number
        elif part == "headcount":
            counted[(age, profile_gender(gender or ""))] += number
    counts = profile_counts_table(
        groups,
        viewer=viewer,
        everyone=_("Everyone reached"),
        picked_by_group=picked_group,
        picked_by_profile=bool(region),
    )
    if picked_group is not None and picked_group.is_sensitive:
        return ReachTable(counts=counts, groups_only=True)
    genders = profile_genders()
    table = ReachTable(
        counts=counts,
        by_age=count_block(_("By age band"), ages, rows=AGE_ROWS, columns=genders),
        by_settlement=count_block(
            _("Urban or rural"), settlements, rows=SETTLEMENT_ROWS, columns=genders
        ),
    )
    if not picked:
        table.headcount = count_block(
            _("Counted by headcount, not named"),
            counted,
            rows=list(AgeBand.choices),
            columns=genders,
        )
    return table


def reach_flat(table: ReachTable, labels: dict) -> tuple[list[str], list[list[str]]]:
    """The reach table as rows for a CSV file, exactly what the page shows."""
    header, rows = table.counts.flat(labels)
    width = len(table.counts.columns)
    for block in (table.by_age, table.by_settlement, table.headcount):
        if block is None:
            continue
        if block.small:
            rows.append([block.title, labels["total"], *[""] * width, str(block.total[-1])])
            continue
        for label, cells in block.rows:
            rows.append([block.title, label, *map(str, cells)])
        rows.append([block.title, labels["total"], *map(str, block.total)])
    return header, rows


def master_trainers():
    """The trainers who trained at least one qualified trainer, for a coordinator to choose
    from, each with how many she trained herself."""
    from django.db.models import Count, Q

    return (
        User.objects.filter(
            trainees__status=TrainerQualification.Status.QUALIFIED,
        )
        .annotate(
            trained=Count(
                "trainees__user",
                filter=Q(trainees__status=TrainerQualification.Status.QUALIFIED),
                distinct=True,
            )
        )
        .order_by("full_name", "email")
    )


def has_cascade(user: User) -> bool:
    """She trains: a trainer by role, or qualified, or she led a session or trained someone."""
    from people.roles import Role, has_role

    if has_role(user, Role.TRAINER):
        return True
    return (
        TrainerQualification.objects.filter(
            user=user, status=TrainerQualification.Status.QUALIFIED
        ).exists()
        or Session.objects.filter(lead_trainer=user).exists()
        or TrainerQualification.objects.filter(trained_by=user).exists()
    )
