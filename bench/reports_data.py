"""Fills a PostgreSQL database with the scale of issue 17's reports, for the reports' benches:
1,000,000 course enrolments, 200,000 certificates (of courses, face-to-face sessions and
webinars), 200,000 face-to-face participants in 10,000 sessions and 50,000 webinar
registrations, over 300,000 learners and 500 trainers with realistic profiles (gender, birth
year, oblast, urban or rural, language, target groups with the sensitive one, answers to the
Washington Group questions), spread over the last two years.

    createdb -h 127.0.0.1 -U postgres tendik_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tendik_bench \\
        .venv/bin/python bench/reports_data.py                # the issue's scale
    DATABASE_URL=... .venv/bin/python bench/reports_data.py --scale 0.01   # a quick check

Unlike the other benches it keeps what it writes: the database is migrated (`migrate`), then
what a previous run wrote is removed (the activity tables emptied by TRUNCATE ... CASCADE, the
bench's people and pages deleted: only ever on a database whose name holds "bench") and written
again, so it can be rerun. The rows are those of the real models:
the courses and webinars are Wagtail pages (made through the ORM, a few dozen), everything else
is written by INSERT ... SELECT over generate_series inside PostgreSQL (nothing large passes
through Python), its randomness drawn from hashes of the row number so that every run writes
the same data. Columns the script does not name get the model's own default, so a field added
later does not break it. Prints what it wrote and how long each part took; the accounts to
sign in with (a coordinator, a trainer) share one password, printed at the end.

Not written: lesson progress, quiz attempts, H5P results, programmes, community; the trainers'
stored reach (trainings.reach) is rebuilt at the end unless --no-reach."""

# ruff: noqa: S608, E501
# (The SQL is built from the script's own constants and numbers, never from input; its long
# expressions read better on one line.)

import argparse
import logging
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.db.models import NOT_PROVIDED  # noqa: E402

PASSWORD = "tendik-bench-2026"
DOMAIN = "bench.tendik.kg"
DAYS = 730  # two years, up to now

# At scale 1. Courses and webinars stay as many at every scale (a report's rows).
LEARNERS = 300_000
TRAINERS = 500
ENROLMENTS = 1_000_000
COURSE_CERTIFICATES = 120_000
TRAINING_CERTIFICATES = 70_000
WEBINAR_CERTIFICATES = 10_000
SESSIONS = 10_000
PARTICIPANTS = 200_000
WEBINAR_REGISTRATIONS = 50_000
COURSES = 20
WEBINARS = 40
# A face-to-face participant with an account; a participant in a second session.
WITH_ACCOUNT = 0.15
TWICE = 0.10

# Weighted choices: (value, weight). Oblasts roughly as the population lives.
GENDERS = [("woman", 66), ("man", 30), ("another", 1), ("unsaid", 1), ("", 2)]
REGIONS = [
    ("bishkek", 17),
    ("osh_city", 5),
    ("batken", 8),
    ("chuy", 14),
    ("issyk_kul", 8),
    ("jalal_abad", 18),
    ("naryn", 5),
    ("osh", 19),
    ("talas", 4),
    ("abroad", 2),
]
COUNTRIES = [("RU", 50), ("KZ", 30), ("TR", 10), ("US", 5), ("PL", 5)]
LANGUAGES = [("ky", 68), ("ru", 30), ("en", 2)]
# How often a person belongs to each target group (slug: percent); the sensitive one is rare.
GROUP_SHARE = {
    "women-leaders": 18,
    "women-farmers-entrepreneurs": 14,
    "rural-communities-local-authorities": 16,
    "voters": 10,
    "youth": 20,
    "ngos": 8,
    "survivors": 2,
    "mass-media": 3,
    "public-administration": 9,
    "diaspora": 2,
}
# A WG-SS answer, where answered.
DIFFICULTY = [("none", 80), ("some", 14), ("a_lot", 45 / 10), ("cannot", 15 / 10)]
FIRST = ["Айгүл", "Асел", "Бермет", "Гүлнара", "Жылдыз", "Каныкей", "Нурлан", "Бакыт",
         "Чолпон", "Айнура", "Мээрим", "Үмүт", "Азамат", "Элмира", "Сезим", "Төлөн"]  # fmt: skip
LAST = ["Асанова", "Төлөгөнова", "Өмүралиева", "Жээнбекова", "Сыдыкова", "Мамытова", "Үсөнов",
        "Ибраимова", "Көкөева", "Бакирова", "Дөөлөтов", "Садыкова", "Эсенова"]  # fmt: skip
COURSE_TITLES = [
    "CEDAW негиздери", "Гендердик бюджеттөө", "Аялдардын саясий катышуусу",
    "Үй-бүлөлүк зомбулукту алдын алуу", "Айыл аялдарынын ишкердиги", "Шайлоо укуктары",
    "Жаштар жана лидерлик", "Медиадагы гендердик стереотиптер", "Жергиликтүү бюджет",
    "Адам сатууга каршы", "Мамлекеттик кызматтагы теңчилик", "Санариптик сабаттуулук",
    "Аялдар жана тынчтык", "Укуктук сабаттуулук", "Кооптуу миграция", "Жер укуктары",
    "Финансылык сабаттуулук", "Коомдук уюмдарды башкаруу", "Теңчилик жана билим берүү",
    "Тренерлерди даярдоо (ToT)",
]  # fmt: skip


def weighted(draw: str, choices) -> str:
    """A CASE picking a value by weight from `draw`, a column uniform on [0, 1)."""
    total = sum(weight for _, weight in choices)
    cases, edge = [], 0.0
    for value, weight in choices[:-1]:
        edge += weight / total
        cases.append(f"WHEN {draw} < {edge:.6f} THEN '{value}'")
    return f"(CASE {' '.join(cases)} ELSE '{choices[-1][0]}' END)"


def draw(n: str, salt: str) -> str:
    """A number uniform on [0, 1) drawn from row number `n` (the same at every run)."""
    return f"pg_temp.r({n}, '{salt}')"


def sql_array(values) -> str:
    return "ARRAY[" + ", ".join(f"'{v}'" for v in values) + "]"


class Loader:
    def __init__(self, scale: float):
        self.scale = scale
        self.cursor = connection.cursor()
        self.timings: list[tuple[str, float, int]] = []
        self.base = 0  # the bench's people have ids base + 1, base + 2, ...

    def n(self, count: int, least: int = 1) -> int:
        return max(least, round(count * self.scale))

    def run(self, sql: str, params=None):
        self.cursor.execute(sql, params)

    def scalar(self, sql: str, params=None):
        self.cursor.execute(sql, params)
        return self.cursor.fetchone()[0]

    def insert(self, model, columns: dict[str, str], source: str, label: str | None = None):
        """INSERT INTO model's table (every concrete column) SELECT `columns` FROM `source`;
        columns not named take the field's default (or NULL, or '' for text)."""
        meta = model._meta
        names, values = [], []
        known = set(columns)
        for field in meta.concrete_fields:
            column = field.column
            if column in columns:
                names.append(column)
                values.append(columns[column])
                known.discard(column)
                continue
            if field.primary_key:
                continue
            names.append(column)
            values.append(self._default(field))
        assert not known, f"{meta.db_table} has no columns {known}"
        started = time.perf_counter()
        self.run(
            f"INSERT INTO {meta.db_table} ({', '.join(names)}) "
            f"SELECT {', '.join(values)} FROM {source}"
        )
        rows = self.cursor.rowcount
        self.timings.append((label or meta.db_table, time.perf_counter() - started, rows))
        return rows

    @staticmethod
    def _default(field) -> str:
        default = field.default
        if default is not NOT_PROVIDED:
            if callable(default):
                value = default()
                if isinstance(value, list | dict):
                    return "'[]'::jsonb" if isinstance(value, list) else "'{}'::jsonb"
                return "now()"
            if isinstance(default, bool):
                return "true" if default else "false"
            if isinstance(default, int | float):
                return str(default)
            return "'" + str(default).replace("'", "''") + "'"
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            return "now()"
        if field.null:
            return "NULL"
        if field.get_internal_type() in ("CharField", "TextField", "FileField", "EmailField"):
            return "''"
        raise ValueError(f"{field.model.__name__}.{field.name} needs a value")


def prepare(loader: Loader) -> None:
    from django.core.management import call_command

    name = connection.settings_dict["NAME"]
    assert connection.vendor == "postgresql", "this fills PostgreSQL (DATABASE_URL)"
    assert "bench" in name, f"refusing to empty {name!r}: its name has no 'bench' in it"
    call_command("migrate", verbosity=0)
    loader.run(
        """CREATE OR REPLACE FUNCTION pg_temp.r(n bigint, salt text) RETURNS float8
           LANGUAGE sql IMMUTABLE PARALLEL SAFE
           AS $$ SELECT (hashtext(n::text || salt)::bigint + 2147483648) / 4294967296.0 $$"""
    )


def empty(loader: Loader) -> None:
    """Everything a previous run wrote: the activity tables (TRUNCATE ... CASCADE: with every
    table that points at them), the bench's people (by their address) and its pages (through
    Wagtail: its tree must stay whole). Other accounts stay; the bench's ids follow theirs."""
    from wagtail.models import Page

    from certificates.models import Certificate
    from courses.models import Enrolment, TrainerQualification
    from people.models import User
    from trainings.models import Participant, Project, Session
    from trainings.models.reach import ReachedMember, ReachedPerson, TrainerReach
    from webinars.models import Registration

    started = time.perf_counter()
    tables = [
        model._meta.db_table
        for model in (
            Enrolment,
            TrainerQualification,
            Certificate,
            Participant,
            Session,
            Project,
            Registration,
            ReachedPerson,
            ReachedMember,
            TrainerReach,
        )
    ]
    loader.run(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    User.objects.filter(email=f"coordinator@{DOMAIN}").delete()
    bench = f"SELECT id FROM {User._meta.db_table} WHERE email LIKE '%%@{DOMAIN}'"
    for through in (User.groups.through, User.target_groups.through):
        loader.run(f"DELETE FROM {through._meta.db_table} WHERE user_id IN ({bench})", [])
    # Deleting 300,000 people would check each of the ~80 columns that point at an account,
    # person by person (minutes). Checked instead one column at a time; when nothing points at
    # them, deleted without the per-row checks (as a superuser may).
    loader.run(
        """SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
           WHERE c.contype = 'f' AND c.confrelid = %s::regclass""",
        [User._meta.db_table],
    )
    pointing = [
        (table, column)
        for table, column in loader.cursor.fetchall()
        if loader.scalar(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} IN ({bench}))", [])
    ]
    superuser = loader.scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    if superuser and not pointing:
        loader.run("SET LOCAL session_replication_role = replica")
    loader.run(f"DELETE FROM {User._meta.db_table} WHERE email LIKE '%%@{DOMAIN}'", [])
    loader.run("SET LOCAL session_replication_role = origin")
    loader.base = loader.scalar(f"SELECT coalesce(max(id), 0) FROM {User._meta.db_table}")
    for page in Page.objects.filter(slug__in=["bench-reports-courses", "bench-reports-webinars"]):
        page.delete()
    loader.timings.append(("empty", time.perf_counter() - started, 0))


def pages(loader: Loader) -> tuple[list, list]:
    """The courses and webinars, as pages: [(translation key, title)] each."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Page

    from courses.models import CourseIndexPage, CoursePage
    from webinars.models import WebinarPage, WebinarSeriesPage

    started = time.perf_counter()
    home = Page.objects.get(depth=2)
    index = home.add_child(
        instance=CourseIndexPage(title="Бенч: курстар", slug="bench-reports-courses")
    )
    courses = []
    for n, title in enumerate(COURSE_TITLES[:COURSES]):
        page = index.add_child(
            instance=CoursePage(title=title, slug=f"bench-course-{n}", summary=title)
        )
        courses.append((str(page.translation_key), title))
    series = home.add_child(
        instance=WebinarSeriesPage(title="Бенч: вебинарлар", slug="bench-reports-webinars")
    )
    webinars = []
    now = timezone.now()
    for n in range(WEBINARS):
        start = now - datetime.timedelta(days=DAYS * (n + 0.5) / WEBINARS)
        page = series.add_child(
            instance=WebinarPage(
                title=f"Вебинар {n + 1}: {COURSE_TITLES[n % len(COURSE_TITLES)]}",
                slug=f"bench-webinar-{n}",
                start=start,
                capacity=5000,
                join_url="https://meet.jit.si/tendik-bench",
            )
        )
        webinars.append((str(page.translation_key), page.title, start))
    loader.timings.append(("pages", time.perf_counter() - started, COURSES + WEBINARS + 2))
    return courses, webinars


def people(loader: Loader) -> tuple[int, int]:
    from django.contrib.auth.models import Group

    from people.models import FUNCTIONING_FIELDS, TargetGroup, User
    from people.roles import Role

    learners, trainers = loader.n(LEARNERS, 10), loader.n(TRAINERS, 5)
    everyone = learners + trainers
    year = 1955
    wg = {}
    for name in FUNCTIONING_FIELDS:
        # 35% answered all six, 5% the first two only, 2% said they prefer not to, the rest none.
        partial = name in ("wg_seeing", "wg_hearing")
        wg[name] = (
            f"(CASE WHEN s.wg < 0.35 {'OR s.wg < 0.40' if partial else ''} "
            f"THEN {weighted(draw('s.n', name), DIFFICULTY)} "
            f"WHEN s.wg >= 0.40 AND s.wg < 0.42 THEN 'unsaid' ELSE '' END)"
        )
    source = f"""(
        SELECT n, {draw("n", "gender")} AS g, {draw("n", "region")} AS rg, {draw("n", "lang")} AS l,
               {draw("n", "by1")} AS b1, {draw("n", "by2")} AS b2, {draw("n", "wg")} AS wg,
               {draw("n", "urban")} AS u, {draw("n", "joined")} AS j
        FROM generate_series(1, {everyone}) AS n OFFSET 0) AS s"""
    region = weighted("s.rg", REGIONS)
    base = loader.base
    loader.insert(
        User,
        {
            "id": f"{base} + s.n",
            "password": "'!bench'",
            "email": f"'p' || s.n || '@{DOMAIN}'",
            "full_name": (
                f"({sql_array(FIRST)})[1 + mod(s.n, {len(FIRST)})] || ' ' || "
                f"({sql_array(LAST)})[1 + mod(s.n / {len(FIRST)}, {len(LAST)})]"
            ),
            "gender": weighted("s.g", GENDERS),
            # Most born 1970–1995; one in twenty did not say.
            "birth_year": f"CASE WHEN s.b1 < 0.05 THEN NULL ELSE {year} + floor((s.b1 + s.b2) / 2 * 53)::int END",
            "region": region,
            "country": f"CASE WHEN {region} = 'abroad' THEN {weighted('s.u', COUNTRIES)} ELSE '' END",
            "settlement_type": (
                f"CASE WHEN {region} IN ('bishkek', 'osh_city') THEN 'urban' "
                "WHEN s.u < 0.60 THEN 'rural' WHEN s.u < 0.98 THEN 'urban' ELSE '' END"
            ),
            "preferred_language": weighted("s.l", LANGUAGES),
            "date_joined": f"now() - interval '{DAYS} days' * s.j",
            "is_staff": "false",
            "is_active": "true",
            "is_superuser": "false",
            **wg,
        },
        source,
        label="people_user (learners and trainers)",
    )
    loader.run(
        f"SELECT setval(pg_get_serial_sequence('{User._meta.db_table}', 'id'), {base + everyone})"
    )
    groups = dict(TargetGroup.objects.values_list("slug", "pk"))
    shares = " ".join(
        f"WHEN {groups[slug]} THEN {share / 100}"
        for slug, share in GROUP_SHARE.items()
        if slug in groups
    )
    through = User.target_groups.through
    loader.insert(
        through,
        {"user_id": f"{base} + u.n", "targetgroup_id": "g.id"},
        f"""generate_series(1, {everyone}) AS u(n) CROSS JOIN
            (SELECT id FROM {TargetGroup._meta.db_table}) AS g
            WHERE {draw("u.n * 100 + g.id", "group")} < (CASE g.id {shares} ELSE 0.05 END)""",
        label="people_user_target_groups",
    )
    roles = User.groups.through
    learner_role = Group.objects.get(name=Role.LEARNER).pk
    trainer_role = Group.objects.get(name=Role.TRAINER).pk
    loader.insert(
        roles,
        {
            "user_id": f"{base} + n",
            "group_id": f"CASE WHEN n <= {learners} THEN {learner_role} ELSE {trainer_role} END",
        },
        f"generate_series(1, {everyone}) AS n",
        label="people_user_groups",
    )
    # Somebody to sign in as.
    coordinator = User.objects.create_user(
        f"coordinator@{DOMAIN}", PASSWORD, full_name="Бенч Координатор", region="bishkek"
    )
    coordinator.groups.add(Group.objects.get(name=Role.COORDINATOR))
    trainer = User.objects.get(pk=base + learners + 1)
    trainer.set_password(PASSWORD)
    trainer.save(update_fields=["password"])
    return learners, trainers


def enrolments(loader: Loader, learners: int, courses: list) -> None:
    from certificates.models import Certificate
    from courses.models import Enrolment
    from people.models import User

    keys = "ARRAY[" + ", ".join(f"'{key}'::uuid" for key, _ in courses) + "]"
    count = loader.n(ENROLMENTS, 20)
    # Each learner in 1 to 6 courses (3.5 on average), the first one skewed to a few popular
    # courses, the next ones seven courses further on (never the same course twice).
    active = 0.94
    completes = loader.n(COURSE_CERTIFICATES) / (count * active)
    source = f"""(
        SELECT u.id AS user_id, u.date_joined, k.j,
               mod(floor(power({draw("u.id", "first")}, 2) * {len(courses)})::int + k.j * 7,
                   {len(courses)}) AS course,
               {draw("u.id * 8 + k.j", "enrolled")} AS e,
               {draw("u.id * 8 + k.j", "status")} AS st,
               {draw("u.id * 8 + k.j", "done")} AS d
        FROM {User._meta.db_table} u
        CROSS JOIN LATERAL generate_series(0, floor({draw("u.id", "count")} * 6)::int) AS k(j)
        WHERE u.id BETWEEN {loader.base + 1} AND {loader.base + learners}
        LIMIT {count} OFFSET 0) AS s"""
    # Most enrol soon after joining: the enrolments spread over the two years as the people do.
    enrolled = "(s.date_joined + (now() - s.date_joined) * power(s.e, 3))"
    loader.insert(
        Enrolment,
        {
            "user_id": "s.user_id",
            "course_key": f"({keys})[1 + s.course]",
            "status": f"CASE WHEN s.st < {active} THEN 'active' ELSE 'withdrawn' END",
            "enrolled_at": enrolled,
            "withdrawn_at": f"CASE WHEN s.st < {active} THEN NULL ELSE {enrolled} + interval '3 days' END",
            "completed_at": (
                f"CASE WHEN s.st < {active} AND s.d < {completes:.6f} "
                f"THEN {enrolled} + (now() - {enrolled}) * s.d / {completes:.6f} * 0.8 END"
            ),
        },
        source,
    )
    titles = "ARRAY[" + ", ".join(f"'{title}'" for _, title in courses) + "]"
    loader.insert(
        Certificate,
        {
            "code": "'BC' || lpad(e.id::text, 10, '0')",
            "user_id": "e.user_id",
            "enrolment_id": "e.id",
            "issued_at": "e.completed_at",
            "holder_name": "u.full_name",
            "course_key": "e.course_key",
            "course_title": f"({titles})[array_position({keys}, e.course_key)]",
            "language": "CASE WHEN u.preferred_language = 'ru' THEN 'ru' ELSE 'ky' END",
            "hours": "4 + mod(e.id, 3) * 4",
            "completed_on": "e.completed_at::date",
            "gender": "u.gender",
            "birth_year": "u.birth_year",
            "region": "u.region",
            "country": "u.country",
            "revoked_at": f"CASE WHEN {draw('e.id', 'revoked')} < 0.005 THEN e.completed_at + interval '10 days' END",
            "revoked_reason": f"CASE WHEN {draw('e.id', 'revoked')} < 0.005 THEN 'Ката' ELSE '' END",
            "rendering": "'ready'",
        },
        f"""{Enrolment._meta.db_table} e JOIN {User._meta.db_table} u ON u.id = e.user_id
            WHERE e.completed_at IS NOT NULL""",
        label="certificates (courses)",
    )


def trainings(loader: Loader, learners: int, trainers: int, courses: list) -> None:
    from certificates.models import Certificate
    from courses.models import TrainerQualification
    from people.models import User
    from trainings.models import Attendance, Participant, Project, Registration, Session, SessionDay

    keys = "ARRAY[" + ", ".join(f"'{key}'::uuid" for key, _ in courses) + "]"
    titles = "ARRAY[" + ", ".join(f"'{title}'" for _, title in courses) + "]"
    sessions, participants = loader.n(SESSIONS, 5), loader.n(PARTICIPANTS, 50)
    base = loader.base
    first_trainer = base + learners + 1
    for name, donor in [
        ("Аялдар лидерликте", "UN Women"),
        ("Айыл аялдары", "EU"),
        ("Шайлоо", "USAID"),
    ]:
        Project.objects.create(name=name, donor=donor)
    projects = list(Project.objects.values_list("pk", flat=True))
    # The cascade: the first trainer trained three, each of them three, and so on (the ToT course).
    tot = courses[-1][0]
    loader.insert(
        TrainerQualification,
        {
            "user_id": "t",
            "course_key": f"'{tot}'::uuid",
            "status": "'qualified'",
            "created_at": f"now() - interval '{DAYS + 100} days' + interval '1 hour' * (t - {first_trainer})",
            "qualified_at": f"now() - interval '{DAYS + 50} days' + interval '1 hour' * (t - {first_trainer})",
            "trained_by_id": f"CASE WHEN t = {first_trainer} THEN NULL ELSE {first_trainer} + (t - {first_trainer} - 1) / 3 END",
        },
        f"generate_series({first_trainer}, {first_trainer + trainers - 1}) AS t",
    )
    region = weighted(draw("n", "region"), REGIONS[:-1])
    loader.insert(
        Session,
        {
            "id": "n",
            "course_key": f"({keys})[1 + mod(n, {len(courses) - 1})]",
            "lead_trainer_id": f"{first_trainer} + mod(n * 7, {trainers})",
            "venue": "'Айылдык китепкана №' || mod(n, 97)",
            "region": region,
            "settlement": "'Айыл ' || mod(n, 211)",
            "settlement_type": f"CASE WHEN {draw('n', 'urban')} < 0.7 THEN 'rural' ELSE 'urban' END",
            "language": f"CASE WHEN {draw('n', 'lang')} < 0.75 THEN 'ky' ELSE 'ru' END",
            "capacity": "30",
            "project_id": f"(ARRAY{projects})[1 + mod(n, {len(projects)})]",
            "status": f"CASE WHEN {draw('n', 'status')} < 0.8 THEN 'closed' ELSE 'held' END",
            "held_at": f"now() - interval '{DAYS} days' * {draw('n', 'day')} + interval '2 days'",
            "closed_at": (
                f"CASE WHEN {draw('n', 'status')} < 0.8 "
                f"THEN now() - interval '{DAYS} days' * {draw('n', 'day')} + interval '5 days' END"
            ),
            "created_by_id": f"{first_trainer} + mod(n * 7, {trainers})",
            "created_at": f"now() - interval '{DAYS} days' * {draw('n', 'day')} - interval '14 days'",
        },
        f"generate_series(1, {sessions}) AS n",
    )
    loader.run(
        f"SELECT setval(pg_get_serial_sequence('{Session._meta.db_table}', 'id'), {sessions})"
    )
    # One day or two, six hours each.
    loader.insert(
        SessionDay,
        {
            "session_id": "s.id",
            "date": f"(now() - interval '{DAYS} days' * {draw('s.id', 'day')})::date + d.k",
            "hours": "6",
        },
        f"""{Session._meta.db_table} s CROSS JOIN LATERAL
            generate_series(0, CASE WHEN {draw("s.id", "days")} < 0.6 THEN 0 ELSE 1 END) AS d(k)""",
    )
    # Participants: some with an account (a distinct learner each), the rest light records.
    step = next(p for p in (7919, 104729, 1299709) if learners % p)
    linked = round(participants * WITH_ACCOUNT)
    own = f"({base} + mod(p.n::bigint * {step}, {learners}) + 1)"
    source = f"""(
        SELECT n, {draw("n", "pgender")} AS g, {draw("n", "pregion")} AS rg,
               {draw("n", "pby1")} AS b1, {draw("n", "pby2")} AS b2, {draw("n", "purban")} AS u
        FROM generate_series(1, {participants}) AS n OFFSET 0) AS p
        LEFT JOIN {User._meta.db_table} a ON p.n <= {linked} AND a.id = {own}
        JOIN {Session._meta.db_table} s ON s.id = 1 + mod(p.n, {sessions})"""
    loader.insert(
        Participant,
        {
            "id": "p.n",
            "user_id": "a.id",
            "full_name": (
                f"coalesce(a.full_name, ({sql_array(FIRST)})[1 + mod(p.n * 3, {len(FIRST)})] || ' ' || "
                f"({sql_array(LAST)})[1 + mod(p.n / 5, {len(LAST)})])"
            ),
            "gender": f"coalesce(a.gender, {weighted('p.g', GENDERS)})",
            "birth_year": "CASE WHEN a.id IS NOT NULL THEN a.birth_year WHEN p.b1 < 0.08 THEN NULL ELSE 1955 + floor((p.b1 + p.b2) / 2 * 53)::int END",
            "region": "coalesce(a.region, s.region)",
            "settlement": "s.settlement",
            "settlement_key": "lower(s.settlement)",
            "settlement_type": "coalesce(a.settlement_type, s.settlement_type)",
            "consent_recorded_by_id": "s.lead_trainer_id",
            "consent_recorded_at": "s.held_at",
            "claim_code": "'BP' || lpad(p.n::text, 10, '0')",
            "created_by_id": "s.lead_trainer_id",
            "created_at": "s.held_at",
        },
        source,
    )
    loader.run(
        f"SELECT setval(pg_get_serial_sequence('{Participant._meta.db_table}', 'id'), {participants})"
    )
    through = Participant.target_groups.through
    loader.insert(
        through,
        {"participant_id": "p.id", "targetgroup_id": "g.targetgroup_id"},
        f"""{Participant._meta.db_table} p JOIN {User.target_groups.through._meta.db_table} g
            ON g.user_id = CASE WHEN p.user_id IS NOT NULL THEN p.user_id
                                ELSE {base} + mod(p.id * 31, {learners}) + 1 END""",
        label="trainings_participant_target_groups",
    )
    # Each participant in her session, one in ten in a second one too.
    completes = loader.n(TRAINING_CERTIFICATES) / (participants * (1 + TWICE) * 0.8)
    second = f"1 + mod(mod(p.id, {sessions}) + 1 + mod(p.id / {sessions}, {max(1, sessions - 1)}), {sessions})"
    loader.insert(
        Registration,
        {
            "session_id": "s.id",
            "participant_id": "p.id",
            "added_by_id": "s.lead_trainer_id",
            "added_at": "s.held_at - interval '1 day'",
            "post_test_passed": f"CASE WHEN s.status = 'closed' THEN {draw('p.id * 2 + x.k', 'test')} < 0.7 END",
            "completed_at": (
                f"CASE WHEN s.status = 'closed' AND {draw('p.id * 2 + x.k', 'done')} < {completes:.6f} "
                "THEN s.closed_at END"
            ),
        },
        f"""{Participant._meta.db_table} p
            CROSS JOIN LATERAL generate_series(0, CASE WHEN {draw("p.id", "twice")} < {TWICE}
                                                       AND {sessions} > 1 THEN 1 ELSE 0 END) AS x(k)
            JOIN {Session._meta.db_table} s
              ON s.id = CASE WHEN x.k = 0 THEN 1 + mod(p.id, {sessions}) ELSE {second} END""",
    )
    loader.insert(
        Attendance,
        {
            "registration_id": "r.id",
            "day_id": "d.id",
            "present": f"{draw('r.id * 2 + d.id', 'present')} < 0.92 OR r.completed_at IS NOT NULL",
            "hours": f"CASE WHEN {draw('r.id * 2 + d.id', 'present')} < 0.92 OR r.completed_at IS NOT NULL THEN d.hours ELSE 0 END",
            "recorded_by_id": "s.lead_trainer_id",
        },
        f"""{Registration._meta.db_table} r JOIN {Session._meta.db_table} s ON s.id = r.session_id
            JOIN {SessionDay._meta.db_table} d ON d.session_id = s.id""",
    )
    loader.insert(
        Certificate,
        {
            "code": "'BT' || lpad(r.id::text, 10, '0')",
            "user_id": "p.user_id",
            "training_registration_id": "r.id",
            "issued_at": "r.completed_at",
            "holder_name": "p.full_name",
            "course_key": "s.course_key",
            "course_title": f"({titles})[array_position({keys}, s.course_key)]",
            "language": "s.language",
            "hours": f"(SELECT sum(hours) FROM {SessionDay._meta.db_table} WHERE session_id = s.id)",
            "completed_on": f"(SELECT max(date) FROM {SessionDay._meta.db_table} WHERE session_id = s.id)",
            "started_on": f"(SELECT min(date) FROM {SessionDay._meta.db_table} WHERE session_id = s.id)",
            "place": "s.settlement",
            "gender": "p.gender",
            "birth_year": "p.birth_year",
            "region": "p.region",
            "rendering": "'ready'",
        },
        f"""{Registration._meta.db_table} r
            JOIN {Participant._meta.db_table} p ON p.id = r.participant_id
            JOIN {Session._meta.db_table} s ON s.id = r.session_id
            WHERE r.completed_at IS NOT NULL""",
        label="certificates (face-to-face)",
    )


def webinars(loader: Loader, learners: int, webinars_: list) -> None:
    from certificates.models import Certificate
    from people.models import User
    from webinars.models import Registration

    count = loader.n(WEBINAR_REGISTRATIONS, 20)
    keys = "ARRAY[" + ", ".join(f"'{key}'::uuid" for key, _, _ in webinars_) + "]"
    titles = "ARRAY[" + ", ".join(f"'{title}'" for _, title, _ in webinars_) + "]"
    starts = (
        "ARRAY["
        + ", ".join(f"'{start.isoformat()}'::timestamptz" for _, _, start in webinars_)
        + "]"
    )
    step = next(p for p in (7919, 104729, 1299709) if learners % p)
    w = len(webinars_)
    source = f"""(
        SELECT n, 1 + mod(n, {w}) AS w, n / {w} AS k, {draw("n", "wstatus")} AS st,
               {draw("n", "wattended")} AS at, {draw("n", "wbefore")} AS b
        FROM generate_series(0, {count - 1}) AS n OFFSET 0) AS s"""
    start = f"({starts})[s.w]"
    registered = "s.st < 0.85"
    loader.insert(
        Registration,
        {
            "user_id": f"{loader.base} + mod((s.k::bigint * {step} + s.w * 104723), {learners}) + 1",
            "webinar_key": f"({keys})[s.w]",
            "status": f"CASE WHEN {registered} THEN 'registered' WHEN s.st < 0.88 THEN 'waiting' ELSE 'cancelled' END",
            "position": "s.k + 1",
            "registered_at": f"{start} - interval '20 days' * s.b",
            "cancelled_at": f"CASE WHEN s.st >= 0.88 THEN {start} - interval '1 day' END",
            "minutes_attended": f"CASE WHEN {registered} AND s.at < 0.55 THEN 30 + floor(s.at * 109)::int ELSE 0 END",
            "attended_at": f"CASE WHEN {registered} AND s.at < 0.55 THEN {start} + interval '20 minutes' END",
            "watched_recording_at": f"CASE WHEN {registered} AND s.at > 0.85 THEN {start} + interval '3 days' END",
        },
        source,
        label="webinars_registration",
    )
    loader.insert(
        Certificate,
        {
            "code": "'BW' || lpad(r.id::text, 10, '0')",
            "user_id": "r.user_id",
            "registration_id": "r.id",
            "issued_at": "r.attended_at + interval '2 hours'",
            "holder_name": "u.full_name",
            "course_key": "r.webinar_key",
            "course_title": f"({titles})[array_position({keys}, r.webinar_key)]",
            "language": "'ky'",
            "hours": "1.5",
            "completed_on": "r.attended_at::date",
            "gender": "u.gender",
            "birth_year": "u.birth_year",
            "region": "u.region",
            "country": "u.country",
            "rendering": "'ready'",
        },
        f"""{Registration._meta.db_table} r JOIN {User._meta.db_table} u ON u.id = r.user_id
            WHERE r.attended_at IS NOT NULL
            ORDER BY r.id LIMIT {loader.n(WEBINAR_CERTIFICATES)}""",
        label="certificates (webinars)",
    )


def snapshot_groups(loader: Loader) -> None:
    """A certificate's target groups, copied from its holder's (or participant's) as issued."""
    from certificates.models import Certificate
    from people.models import User
    from trainings.models import Participant, Registration

    through = Certificate.target_groups.through
    loader.insert(
        through,
        {"certificate_id": "c.id", "targetgroup_id": "g.targetgroup_id"},
        f"""{Certificate._meta.db_table} c JOIN {User.target_groups.through._meta.db_table} g
            ON g.user_id = c.user_id WHERE c.training_registration_id IS NULL""",
        label="certificate target groups (accounts)",
    )
    loader.insert(
        through,
        {"certificate_id": "c.id", "targetgroup_id": "g.targetgroup_id"},
        f"""{Certificate._meta.db_table} c
            JOIN {Registration._meta.db_table} r ON r.id = c.training_registration_id
            JOIN {Participant.target_groups.through._meta.db_table} g
              ON g.participant_id = r.participant_id""",
        label="certificate target groups (participants)",
    )


def reach(loader: Loader) -> None:
    from trainings.reach import reach_rebuild

    started = time.perf_counter()
    reach_rebuild()
    loader.timings.append(("trainings reach rebuilt", time.perf_counter() - started, 0))


def counts() -> dict[str, int]:
    from certificates.models import Certificate
    from courses.models import Enrolment
    from people.disability import status_expression
    from people.models import User
    from trainings.models import Attendance, Participant, Registration, Session
    from webinars.models import Registration as WebinarRegistration

    with_disability = User.objects.annotate(d=status_expression()).filter(d="yes").count()
    return {
        "people": User.objects.count(),
        "people with a disability (WG-SS)": with_disability,
        "people in the sensitive group": User.objects.filter(
            target_groups__is_sensitive=True
        ).count(),
        "enrolments": Enrolment.objects.count(),
        "enrolments completed": Enrolment.objects.filter(completed_at__isnull=False).count(),
        "certificates": Certificate.objects.count(),
        "sessions": Session.objects.count(),
        "participants": Participant.objects.count(),
        "participants with an account": Participant.objects.filter(user__isnull=False).count(),
        "session registrations": Registration.objects.count(),
        "attendance rows": Attendance.objects.count(),
        "webinar registrations": WebinarRegistration.objects.count(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = the issue's scale")
    parser.add_argument("--no-reach", action="store_true", help="skip trainings.reach_rebuild")
    args = parser.parse_args()
    logging.disable(logging.INFO)  # Wagtail's "Page created", the tasks' progress
    loader = Loader(args.scale)
    started = time.perf_counter()
    prepare(loader)
    with transaction.atomic():
        empty(loader)
        courses, webinars_ = pages(loader)
        learners, trainers = people(loader)
        enrolments(loader, learners, courses)
        trainings(loader, learners, trainers, courses)
        webinars(loader, learners, webinars_)
        snapshot_groups(loader)
    began = time.perf_counter()
    loader.run("ANALYZE")
    loader.timings.append(("ANALYZE", time.perf_counter() - began, 0))
    if not args.no_reach:
        reach(loader)
    total = time.perf_counter() - started
    print(f"database {connection.settings_dict['NAME']}, scale {args.scale}")
    for label, seconds, rows in loader.timings:
        print(f"  {label:<45} {rows:>10,} rows {seconds:8.1f} s")
    for label, value in counts().items():
        print(f"  {label:<45} {value:>10,}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"total {total:.0f} s; this process's peak memory {peak:.0f} MB")
    print(f"sign in as coordinator@{DOMAIN} or p{learners + 1}@{DOMAIN} (a trainer): {PASSWORD}")


if __name__ == "__main__":
    main()
