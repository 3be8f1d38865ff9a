"""The reports at scale: 200,000 people (a third in a target group), 1,000,000 enrolments over
twenty courses (a fifth completed), 200,000 certificates and 50,000 webinar registrations.
Times the dashboard (tiles, the table, the charts), a one-dimension table, a two-dimension
table and a table by target group (their CSV files), median of several runs, with their query
counts and the process's peak memory.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/i17reports .venv/bin/python bench/reports.py
    .venv/bin/python bench/reports.py --people 20000 --enrolments 100000   # SQLite, smaller

Runs on a throwaway test database (SQLite, or DATABASE_URL's server); rows are written with
bulk_create, not through the services (their own checks are tested elsewhere)."""

import argparse
import datetime
import logging
import os
import random
import resource
import statistics
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

RUNS = 5
BATCH = 5000
COURSES = 20
WEBINARS = 10


def build(people: int, enrolments: int, certificates: int, registrations: int) -> None:
    from certificates.models import Certificate
    from courses.models import Enrolment
    from people.models import TargetGroup, User
    from people.regions import Region, SettlementType
    from webinars.models import Registration

    generator = random.Random(17)  # noqa: S311  (made-up people, not secrets)
    regions = [value for value in Region.values if value != Region.ABROAD] + [""]
    genders = ["woman", "woman", "man", "another", ""]
    settlements = [SettlementType.URBAN, SettlementType.RURAL, ""]
    start = time.perf_counter()
    User.objects.bulk_create(
        (
            User(
                email=f"p{n}@example.kg",
                full_name=f"Адам {n}",
                region=generator.choice(regions),
                gender=generator.choice(genders),
                birth_year=generator.choice([None, *range(1950, 2010)]),
                settlement_type=generator.choice(settlements),
                preferred_language=generator.choice(["ky", "ky", "ru"]),
            )
            for n in range(people)
        ),
        batch_size=BATCH,
    )
    ids = list(User.objects.order_by("pk").values_list("pk", flat=True))
    groups = list(TargetGroup.objects.values_list("pk", flat=True))
    through = User.target_groups.through
    through.objects.bulk_create(
        (
            through(user_id=pk, targetgroup_id=generator.choice(groups))
            for pk in ids
            if generator.random() < 0.33
        ),
        batch_size=BATCH,
    )
    courses = [uuid.uuid4() for _ in range(COURSES)]
    per_person = max(1, enrolments // len(ids))
    base = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    rows = []
    for n in range(enrolments):
        person = ids[n % len(ids)]
        course = courses[(n // len(ids)) % COURSES] if per_person <= COURSES else courses[0]
        enrolled = base + datetime.timedelta(days=generator.randrange(700))
        done = enrolled + datetime.timedelta(days=30) if generator.random() < 0.2 else None
        rows.append(Enrolment(user_id=person, course_key=course, completed_at=done))
        if len(rows) == BATCH:
            _enrol(rows)
            rows = []
    if rows:
        _enrol(rows)
    # Spread over two years (auto_now_add gave them all today).
    table = Enrolment._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"UPDATE {table} SET enrolled_at = %s + (id %% 700) * interval '1 day'",  # noqa: S608
                [base],
            )
        else:
            cursor.execute(
                f"UPDATE {table} SET enrolled_at = datetime('2025-01-01', '+' || (id % 700) || ' days')"  # noqa: S608, E501
            )
    Certificate.objects.bulk_create(
        (
            Certificate(
                code=f"B{n:09d}",
                user_id=ids[n % len(ids)],
                holder_name=f"Адам {n}",
                course_key=courses[n % COURSES],
                course_title="Курс",
                language="ky",
                hours=Decimal("8"),
                completed_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=n % 700),
                gender=generator.choice(genders),
                region=generator.choice(regions),
                birth_year=generator.choice([None, *range(1950, 2010)]),
            )
            for n in range(certificates)
        ),
        batch_size=BATCH,
    )
    webinars = [uuid.uuid4() for _ in range(WEBINARS)]
    Registration.objects.bulk_create(
        (
            Registration(
                user_id=ids[n // WEBINARS],
                webinar_key=webinars[n % WEBINARS],
                status=Registration.Status.REGISTERED,
                position=n // WEBINARS + 1,
                attended_at=base if n % 3 else None,
            )
            for n in range(registrations)
        ),
        batch_size=BATCH,
    )
    print(f"built in {time.perf_counter() - start:.0f} s")


def _enrol(rows) -> None:
    from courses.models import Enrolment

    Enrolment.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)


def timed(label, call, runs=RUNS):
    seconds, counts = [], []
    response = None
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            begin = time.perf_counter()
            response = call()
            seconds.append(time.perf_counter() - begin)
        counts.append(len(queries))
    assert response.status_code == 200, (label, response.status_code)
    print(
        f"{label}: median {statistics.median(seconds) * 1000:.0f} ms "
        f"(min {min(seconds) * 1000:.0f}, max {max(seconds) * 1000:.0f}), "
        f"{counts[-1]} queries, {len(response.content)} bytes"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--enrolments", type=int, default=1_000_000)
    parser.add_argument("--certificates", type=int, default=200_000)
    parser.add_argument("--registrations", type=int, default=50_000)
    options = parser.parse_args()
    logging.disable(logging.INFO)
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from people.roles import Role
    from tests.factories import UserFactory

    print(connection.vendor)
    build(options.people, options.enrolments, options.certificates, options.registrations)
    from courses.models import Enrolment

    print(f"{Enrolment.objects.count()} enrolments")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    coordinator = UserFactory(role=Role.COORDINATOR)
    client = Client()
    client.force_login(coordinator)
    timed("dashboard, no filter", lambda: client.get("/ky/reports/"))
    timed(
        "dashboard, oblast and a year",
        lambda: client.get("/ky/reports/?region=naryn&start=2025-01-01&end=2025-12-31"),
    )
    timed("one dimension (oblast), CSV", lambda: client.get("/ky/reports/table.csv?rows=region"))
    timed(
        "two dimensions (age × gender), CSV",
        lambda: client.get("/ky/reports/table.csv?rows=age&columns=gender"),
    )
    timed(
        "target group × oblast, CSV",
        lambda: client.get("/ky/reports/table.csv?rows=group&columns=region"),
    )
    timed(
        "certificates by oblast, CSV",
        lambda: client.get("/ky/reports/table.csv?indicator=certified&rows=region"),
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process (building included): {peak:.0f} MB")


if __name__ == "__main__":
    main()
