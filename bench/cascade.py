"""A master trainer's cascade at scale: six generations below her (three trainers trained by
each, 1,092 trainers), 10,000 sessions, 200,000 participants (a tenth of them in a second
session, 2,000 merged into another record, 10,000 with an account), two days each with
attendance, a hundred large events counted by headcount. Times the cascade page (tree and
tables) and the reach table alone (its CSV, and the page picked by a region), median of
several runs, with their query counts; the cascade over a period too (read from the
attendance: the stored reach has no dates).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/i14cascade .venv/bin/python bench/cascade.py
    .venv/bin/python bench/cascade.py           # SQLite, smaller: --sessions 1000

Runs on a throwaway test database (SQLite, or DATABASE_URL's server); rows are written with
bulk_create, not through the services (their own checks are tested elsewhere), then the stored
reach is written once (trainings.reach.reach_rebuild, as after a bulk load). The counts are read
from it on every request (no cache): "cold" (the cache cleared first) and "warm" measure the
same reads. --explain prints the plans of the counting statements."""

import argparse
import datetime
import logging
import os
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

from bench import timing  # noqa: E402

BRANCHING = 3
GENERATIONS = 6
RUNS = 7
COLD_RUNS = 3
BATCH = 5000


def timed(label, call, runs=RUNS):
    return timing.timed(label, call, runs)


def build(sessions_wanted: int, participants_wanted: int):
    from django.contrib.auth.models import Group

    from courses.models import TrainerQualification
    from people.models import TargetGroup, User
    from people.regions import Region, SettlementType
    from people.roles import Role
    from trainings.models import (
        AgeBand,
        Attendance,
        Headcount,
        Participant,
        Registration,
        Session,
        SessionDay,
    )

    regions = [value for value in Region.values if value != Region.ABROAD]
    genders = ["woman", "woman", "man", "other", ""]
    start = time.perf_counter()
    trainer_role = Group.objects.get(name=Role.TRAINER)
    master = User.objects.create(email="master@example.kg", full_name="Мастер Айнура")
    master.groups.add(trainer_role)
    generations, above, count = [[master]], [master], 0
    qualifications = []
    for generation in range(1, GENERATIONS + 1):
        made = User.objects.bulk_create(
            [
                User(email=f"t{generation}-{n}@example.kg", full_name=f"Тренер {generation}.{n}")
                for n in range(len(above) * BRANCHING)
            ],
            batch_size=BATCH,
        )
        for n, person in enumerate(made):
            qualifications.append(
                TrainerQualification(
                    user=person,
                    course_key=uuid.uuid4(),
                    status=TrainerQualification.Status.QUALIFIED,
                    trained_by=above[n // BRANCHING],
                )
            )
        generations.append(made)
        above = made
        count += len(made)
    TrainerQualification.objects.bulk_create(qualifications, batch_size=BATCH)
    User.groups.through.objects.bulk_create(
        [
            User.groups.through(user_id=person.pk, group_id=trainer_role.pk)
            for level in generations[1:]
            for person in level
        ],
        batch_size=BATCH,
    )
    trainers = [person for level in generations[1:] for person in level]
    print(f"{count} trainers in {GENERATIONS} generations")

    course = uuid.uuid4()
    sessions = Session.objects.bulk_create(
        [
            Session(
                course_key=course,
                lead_trainer=trainers[n % len(trainers)],
                venue="Мектеп",
                region=regions[n % len(regions)],
                settlement=f"Айыл {n % 300}",
                settlement_type=SettlementType.RURAL if n % 3 else SettlementType.URBAN,
                language="ky",
                capacity=40,
                status=Session.Status.CLOSED if n % 4 else Session.Status.HELD,
            )
            for n in range(sessions_wanted)
        ],
        batch_size=BATCH,
    )
    days = SessionDay.objects.bulk_create(
        [
            SessionDay(
                session=held,
                date=datetime.date(2026, 3, 1) + datetime.timedelta(d),
                hours=Decimal("4"),
            )
            for held in sessions
            for d in range(2)
        ],
        batch_size=BATCH,
    )
    days_of = {}
    for day in days:
        days_of.setdefault(day.session_id, []).append(day)

    accounts = User.objects.bulk_create(
        [
            User(
                email=f"p{n}@example.kg",
                full_name=f"Катышуучу {n}",
                gender="woman",
                region=regions[n % len(regions)],
                birth_year=1960 + n % 45,
            )
            for n in range(participants_wanted // 20)
        ],
        batch_size=BATCH,
    )
    groups = list(TargetGroup.objects.all())
    participants = Participant.objects.bulk_create(
        [
            Participant(
                full_name=f"Катышуучу {n}",
                user=accounts[n // 20] if n % 20 == 0 and n // 20 < len(accounts) else None,
                gender=genders[n % len(genders)],
                birth_year=None if n % 17 == 0 else 1950 + n % 60,
                region=regions[n % len(regions)],
                settlement_type=SettlementType.RURAL if n % 3 else SettlementType.URBAN,
                claim_code=f"B{n:09d}",
            )
            for n in range(participants_wanted)
        ],
        batch_size=BATCH,
    )
    through = Participant.target_groups.through
    through.objects.bulk_create(
        [
            through(participant_id=one.pk, targetgroup_id=groups[n % len(groups)].pk)
            for n, one in enumerate(participants)
            if n % 3 == 0
        ],
        batch_size=BATCH,
    )
    # 2,000 records typed twice: merged into the record before them.
    merged = participants[1::100]
    for n, one in enumerate(merged):
        one.merged_into_id = participants[n * 100].pk
    Participant.objects.bulk_update(merged, ["merged_into"], batch_size=BATCH)

    per_session = participants_wanted // sessions_wanted
    registrations = []
    for n, held in enumerate(sessions):
        people = participants[n * per_session : (n + 1) * per_session]
        if n >= 10:  # a tenth come back: two people of an earlier session
            people = [
                *people,
                participants[(n - 10) * per_session],
                participants[(n - 7) * per_session + 1],
            ]
        registrations += [Registration(session=held, participant=one) for one in people]
    registrations = Registration.objects.bulk_create(registrations, batch_size=BATCH)
    attendance = []
    for n, registration in enumerate(registrations):
        first, second = days_of[registration.session_id]
        if n % 25 == 0:  # registered, never came
            attendance.append(Attendance(registration=registration, day=first, present=False))
            continue
        attendance.append(
            Attendance(registration=registration, day=first, present=True, hours=Decimal("4"))
        )
        if n % 5:
            attendance.append(
                Attendance(registration=registration, day=second, present=True, hours=Decimal("4"))
            )
    Attendance.objects.bulk_create(attendance, batch_size=BATCH)
    Headcount.objects.bulk_create(
        [
            Headcount(session=held, day=day, gender=gender, age_band=band, count=40 + n % 30)
            for n, held in enumerate(sessions[::100])
            for day in days_of[held.pk]
            for gender in ("woman", "man")
            for band in (AgeBand.FROM_18, AgeBand.FROM_30)
        ],
        batch_size=BATCH,
    )
    # Bulk-written rows send nothing: the stored reach is written once, as by a bulk load.
    from trainings.reach import reach_rebuild

    began = time.perf_counter()
    reach_rebuild()
    print(f"the stored reach written in {time.perf_counter() - began:.1f} s")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")  # as autovacuum would: index-only scans
    print(
        f"built {len(sessions)} sessions, {len(participants)} participants, "
        f"{len(registrations)} registrations, {len(attendance)} attendance rows "
        f"in {time.perf_counter() - start:.0f} s"
    )
    return master


def explain(master) -> None:
    """The plans of the counts' two statements (the tree's counts, the reach table's)."""
    from trainings import cascade

    with CaptureQueriesContext(connection) as queries:
        cascade._counts_rows(master.pk)
        cascade._reach_rows(master.pk)
        cascade._period_counts_rows(
            master.pk, datetime.date(2026, 3, 2), datetime.date(2026, 3, 31)
        )
    for query in queries.captured_queries:
        if "WITH RECURSIVE" not in query["sql"] or "EXPLAIN" in query["sql"]:
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
            for (line,) in cursor.fetchall():
                print(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--participants", type=int, default=200_000)
    parser.add_argument("--explain", action="store_true", help="print the statement's plan")
    options = parser.parse_args()
    logging.disable(logging.INFO)
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from people.roles import Role
    from tests.factories import UserFactory
    from trainings.cascade import cascade_of, reach_table

    print(connection.vendor)
    master = build(options.sessions, options.participants)
    coordinator = UserFactory(role=Role.COORDINATOR)
    client = Client()
    client.force_login(coordinator)
    url = f"/ky/trainings/cascade/{master.pk}/"
    from django.core.cache import cache

    def cold(call):
        def run():
            cache.clear()  # the counts read from the database, as after any change
            return call()

        return run

    page = lambda: client.get(url)  # noqa: E731
    csv = lambda: client.get(f"{url}reach.csv")  # noqa: E731
    naryn = lambda: client.get(f"{url}?region=naryn")  # noqa: E731
    client.get(url)  # templates compiled, the session read once
    print("-- cold: the counts read from the database (the cache cleared before each run)")
    response = timed("cascade page (tree + tables), coordinator", cold(page), runs=COLD_RUNS)
    assert response.status_code == 200, response.status_code
    timed("reach table as CSV", cold(csv), runs=COLD_RUNS)
    timed("cascade page, reach picked by region", cold(naryn), runs=COLD_RUNS)
    cascade = timed(
        "selectors: cascade_of (tree + counts)", cold(lambda: cascade_of(master)), runs=COLD_RUNS
    )
    # Over a period (the dashboard's start and end): read from the attendance, not the
    # stored reach. Every session's second day is 2 March: half the days, every session.
    period = {"start": datetime.date(2026, 3, 2), "end": datetime.date(2026, 3, 31)}
    timed(
        "selectors: cascade_of over a period (tree + counts from the attendance)",
        cold(lambda: cascade_of(master, **period)),
        runs=COLD_RUNS,
    )
    print("-- warm: nothing counted changed since the last read")
    timed("cascade page (tree + tables), coordinator", page)
    timed("reach table as CSV", csv)
    timed("cascade page, reach picked by region", naryn)
    timed("selectors: cascade_of (tree + counts)", lambda: cascade_of(master))
    over = timed(
        "selectors: cascade_of over a period (tree + counts from the attendance)",
        lambda: cascade_of(master, **period),
    )
    print(
        f"over the period: {over.sessions} sessions held, {over.reached} people reached, "
        f"{over.headcount} counted by headcount"
    )
    timed(
        "selectors: reach_table, picked by a region",
        lambda: reach_table(master, viewer=coordinator, region="naryn"),
    )
    print(
        f"the cascade: {cascade.trainers} trainers, {len(cascade.generations) - 1} generations, "
        f"{cascade.sessions} sessions held, {cascade.reached} people reached, "
        f"{cascade.headcount} counted by headcount"
    )
    if options.explain and connection.vendor == "postgresql":
        explain(master)
    connection.close()
    connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
