"""A master trainer's cascade: the trainers she trained, those they trained and so on (the
`trained_by` edges of qualified `courses.TrainerQualification`s), the sessions each of them led
and the people those sessions reached.

Two queries however deep the cascade, never one per generation:

1. `cascade_tree`: one recursive CTE (django-cte) over the edges, from the master trainer down,
   joined to the trainers' names. A trainer trained by two trainers of the cascade is drawn once,
   under the first who reached her (her generation is the shortest way down to her); a cycle of
   edges stops at MAX_DEPTH.
2. `_reach_rows`: one statement that embeds the same CTE and counts, in the database, the sessions
   held per trainer, the people reached per trainer and per generation, the people by target
   group × region × gender and by age band, urban or rural × gender, and the headcounts.

Who counts as reached: a person who attended at least one day (present on the signed sheet) of
a session led by a trainer of the cascade. Each person once, however many sessions she attended:
a record merged into another counts as the record it was merged into (merges of merges
followed), and records with an account count as that account, with the account's profile and
target groups (the account is the person; a light record has its own). Her age band is her
age this year. Headcounts (large events where people were counted, not named) are counted
apart, by gender and age band only: per session, the largest count of its days for each gender
and age band (the same people come back on the second day).

Sessions held: led by a trainer of the cascade, held or closed (a planned one is not held yet).
Co-trainers do not count: a session's participants belong to its lead trainer."""

import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import BigIntegerField, F, IntegerField, Min, Value
from django.db.models.functions import Cast
from django.db.models.lookups import LessThan
from django.utils.translation import gettext_lazy as _
from django_cte import CTE, with_cte

from core.suppression import Block, Cell, CountTable, count_block, suppress, total_cell
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
    Registration,
    Session,
    SessionDay,
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

    @property
    def trainers(self) -> int:
        return len(self.nodes) - 1

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


def _reach_rows_read(master_id: int, *, region: str = "", group_id: int | None = None) -> list:
    """All the cascade's counts in one statement: rows of (part, key, region, gender, age band,
    settlement type, number). `region` and `group_id` pick the people of the target group ×
    region × gender and age and settlement parts only; the tree's parts count everyone."""
    generations, params = _generations_sql(master_id)
    q = connection.ops.quote_name
    participant = _table(Participant)
    user = _table(User)
    user_groups = q(User.target_groups.through._meta.db_table)
    record_groups = q(Participant.target_groups.through._meta.db_table)
    picks, pick_params = [], []
    if region:
        picks.append("people.region = %s")
        pick_params.append(region)
    if group_id is not None:
        picks.append(
            "EXISTS (SELECT 1 FROM membership m WHERE m.person = people.person AND m.grp = %s)"
        )
        pick_params.append(group_id)
    year = datetime.date.today().year
    # Only our table names (quoted) and fixed clauses go into the text; every value is a
    # parameter.
    sql = f"""
WITH RECURSIVE
gen AS ({generations}),
roots (pid, root) AS (
    SELECT id, merged_into_id FROM {participant} WHERE merged_into_id IS NOT NULL
    UNION
    SELECT roots.pid, p.merged_into_id FROM roots JOIN {participant} p ON p.id = roots.root
    WHERE p.merged_into_id IS NOT NULL
),
final_roots AS (
    SELECT roots.pid, roots.root FROM roots JOIN {participant} p ON p.id = roots.root
    WHERE p.merged_into_id IS NULL
),
attended AS (
    SELECT DISTINCT gen.generation, s.lead_trainer_id AS trainer,
        COALESCE(fr.root, reg.participant_id) AS root
    FROM {_table(Registration)} reg
    JOIN {_table(Session)} s ON s.id = reg.session_id
    JOIN gen ON gen.trainer = s.lead_trainer_id
    JOIN (
        SELECT DISTINCT registration_id FROM {_table(Attendance)} WHERE present
    ) came ON came.registration_id = reg.id
    LEFT JOIN final_roots fr ON fr.pid = reg.participant_id
),
reached AS (
    SELECT attended.generation, attended.trainer,
        CASE WHEN r.user_id IS NULL THEN r.id ELSE -r.user_id END AS person,
        r.user_id AS account,
        CASE WHEN r.user_id IS NULL THEN r.region ELSE u.region END AS region,
        CASE WHEN r.user_id IS NULL THEN r.gender ELSE u.gender END AS gender,
        %s - CASE WHEN r.user_id IS NULL THEN r.birth_year ELSE u.birth_year END AS age,
        CASE WHEN r.user_id IS NULL THEN r.settlement_type
            ELSE u.settlement_type END AS settlement_type
    FROM attended JOIN {participant} r ON r.id = attended.root
    LEFT JOIN {user} u ON u.id = r.user_id
),
people AS (
    SELECT DISTINCT person, account, region, gender, age, settlement_type FROM reached
),
membership (person, grp) AS (
    SELECT people.person, m.targetgroup_id FROM people
    JOIN {user_groups} m ON m.user_id = people.account
    UNION
    SELECT people.person, m.targetgroup_id FROM people
    JOIN {record_groups} m ON m.participant_id = people.person
    WHERE people.account IS NULL
),
picked AS (SELECT * FROM people {"WHERE " + " AND ".join(picks) if picks else ""}),
held AS (
    SELECT gen.generation, s.id, s.lead_trainer_id FROM {_table(Session)} s
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
SELECT 'trainer' AS part, CAST(trainer AS BIGINT) AS k, CAST(NULL AS VARCHAR(20)) AS region,
    CAST(NULL AS VARCHAR(20)) AS gender, CAST(NULL AS VARCHAR(20)) AS age_band,
    CAST(NULL AS VARCHAR(20)) AS settlement, COUNT(DISTINCT person) AS n
FROM reached GROUP BY trainer
UNION ALL
SELECT 'generation', generation, NULL, NULL, NULL, NULL, COUNT(DISTINCT person)
FROM reached GROUP BY generation
UNION ALL
SELECT 'everyone', NULL, NULL, NULL, NULL, NULL, COUNT(DISTINCT person) FROM people
UNION ALL
SELECT 'sessions', lead_trainer_id, NULL, NULL, NULL, NULL, COUNT(*) FROM held
GROUP BY lead_trainer_id
UNION ALL
SELECT 'headcount', generation, NULL, gender, age_band, NULL, SUM(n) FROM counted
GROUP BY generation, gender, age_band
UNION ALL
SELECT 'profile', NULL, region, gender,
    CASE WHEN age IS NULL THEN '' WHEN age < 18 THEN %s WHEN age < 30 THEN %s
        WHEN age < 45 THEN %s WHEN age < 60 THEN %s ELSE %s END,
    settlement_type, COUNT(*)
FROM picked
GROUP BY region, gender, CASE WHEN age IS NULL THEN '' WHEN age < 18 THEN %s
    WHEN age < 30 THEN %s WHEN age < 45 THEN %s WHEN age < 60 THEN %s ELSE %s END,
    settlement_type
UNION ALL
SELECT 'group', membership.grp, picked.region, picked.gender, NULL, NULL, COUNT(*)
FROM picked JOIN membership ON membership.person = picked.person
GROUP BY membership.grp, picked.region, picked.gender
"""  # noqa: S608
    bands = [band.value for band in AgeBand]
    all_params = [*params, year, *pick_params, *HELD, *bands, *bands]
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, all_params)
            return cursor.fetchall()
    with transaction.atomic(), connection.cursor() as cursor:
        # The distinct counts sort a row per person reached: in memory, not on disk.
        cursor.execute("SET LOCAL work_mem = '64MB'")
        cursor.execute(sql, all_params)
        return cursor.fetchall()


# The statement reads every attendance row of the cascade: its rows are kept in the cache until
# anything they count changes (counts_changed, on every save of the models below) or, at the
# latest, CACHE_SECONDS later (a bulk write sends no signal).
CACHE_SECONDS = 300
VERSION_KEY = "trainings:cascade:version"


def counts_changed(**kwargs) -> None:
    """A receiver: what the cascade counts has changed, the cached counts are stale."""
    fields = kwargs.get("update_fields")
    if kwargs.get("sender") is User and fields and not set(fields) & PROFILE_FIELDS:
        return  # a sign-in (last_login) or a password change counts nothing
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


PROFILE_FIELDS = {"region", "gender", "birth_year", "settlement_type", "full_name", "email"}


def _reach_rows(master_id: int, *, region: str = "", group_id: int | None = None) -> list:
    version = cache.get_or_set(VERSION_KEY, lambda: uuid.uuid4().hex, None)
    key = f"trainings:cascade:{version}:{master_id}:{region}:{group_id}:{datetime.date.today()}"
    rows = cache.get(key)
    if rows is None:
        rows = _reach_rows_read(master_id, region=region, group_id=group_id)
        cache.set(key, rows, CACHE_SECONDS)
    return rows


def counted_models() -> list:
    """The models whose rows the cascade counts (the receivers are set up in apps.py)."""
    return [
        Attendance,
        Registration,
        Participant,
        Session,
        SessionDay,
        Headcount,
        TrainerQualification,
        User,
    ]


def counted_memberships() -> list:
    return [User.target_groups.through, Participant.target_groups.through]


def _column(counts: list[int]) -> list[Cell]:
    """Counts that are one column of a table with a total: each under the threshold shown as
    "<5", and with it as many others as the total would otherwise give away."""
    if not counts:
        return []
    return [row[0] for row in suppress([[n] for n in counts])[:-1]]


def cascade_of(master: User) -> tuple[Cascade, list]:
    """The tree, the generations and their counts: two queries. Also returns the rows of the
    counts' statement, for the reach table to use when it picks nobody out."""
    nodes, root = cascade_tree(master)
    rows = _reach_rows(master.pk)
    return _assemble(master, nodes, root, rows), rows


def _assemble(master, nodes, root, rows) -> Cascade:
    by_generation: dict[int, int] = {}
    headcount_by_generation: dict[int, int] = defaultdict(int)
    everyone = 0
    for part, key, _region, _gender, _age, _settlement, number in rows:
        if part == "trainer" and key in nodes:
            nodes[key].reached = number
        elif part == "sessions" and key in nodes:
            nodes[key].sessions = number
        elif part == "generation":
            by_generation[key] = number
        elif part == "headcount":
            headcount_by_generation[key] += number
        elif part == "everyone":
            everyone = number
    # A trainer (or a generation) who held no session and reached nobody has no count of
    # people to hide: she shows "—", and the others' cells are suppressed among themselves.
    ordered = [
        node
        for node in sorted(nodes.values(), key=lambda n: (n.generation, n.name.casefold(), n.pk))
        if node.sessions or node.reached
    ]
    for node, cell in zip(ordered, _column([n.reached for n in ordered]), strict=True):
        node.reached_cell = cell
    depth = max(node.generation for node in nodes.values())
    sessions_of = defaultdict(int)
    for node in nodes.values():
        sessions_of[node.generation] += node.sessions
    active = [n for n in range(depth + 1) if sessions_of[n] or by_generation.get(n)]
    cells = dict(zip(active, _column([by_generation.get(n, 0) for n in active]), strict=True))
    counted = dict(
        zip(active, _column([headcount_by_generation.get(n, 0) for n in active]), strict=True)
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


def reach_table(
    master: User, *, viewer, picked_group=None, region: str = "", rows: list | None = None
) -> ReachTable:
    """The people reached by target group × region × gender (core.suppression, people.counting),
    by age band and urban or rural × gender, and the headcounts by age band × gender. Picked by
    a sensitive group, only its total; picked by region or a group, the headcounts (which have
    neither) are left out. `rows`: the statement's rows already read, when nobody is picked."""
    picked = bool(region or picked_group is not None)
    if rows is None or picked:
        rows = _reach_rows(
            master.pk, region=region, group_id=picked_group.pk if picked_group else None
        )
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
