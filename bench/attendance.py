"""Attendance entry for a 40-person session: the trainer's grid posted in one request (median
wall time of several saves, and its query count), beside a 10-person session, whose query count
must be the same. Target (issue 14, Scale): ≤ 200 ms for 40 on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1/i14attendance .venv/bin/python bench/attendance.py

Runs on a throwaway test database (SQLite, or DATABASE_URL's server), through the real page:
the middleware, the session, the form, the service (trainings.attendance.attendance_record)."""

import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

RUNS = 15


def grid(registrations, hours: str) -> dict:
    data = {"row": [str(registration.pk) for registration in registrations]}
    for n, registration in enumerate(registrations):
        if n % 5:  # four in five present
            data[f"present-{registration.pk}"] = "on"
        data[f"hours-{registration.pk}"] = hours
    return data


def measure(client, session, registrations) -> tuple[float, int]:
    day = session.days.first()
    url = f"/ky/trainings/{session.pk}/attendance/{day.pk}/"
    client.post(url, grid(registrations, "6"))  # the first save inserts; the rest update
    times, queries = [], 0
    for run in range(RUNS):
        data = grid(registrations, "5,5" if run % 2 else "6")
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.post(url, data)
            times.append(time.perf_counter() - start)
        assert response.status_code == 302, response.status_code
        queries = len(captured)
    return statistics.median(times) * 1000, queries


def main() -> None:
    logging.disable(logging.INFO)
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from wagtail.models import Page

        from courses.models import CourseIndexPage
        from people.roles import Role
        from tests.factories import UserFactory, build_course
        from tests.trainings.attendance_fixtures import make_session, register_many
        from trainings.models import Attendance

        print(connection.vendor)
        home = Page.objects.get(depth=2)
        index = home.add_child(instance=CourseIndexPage(title="Курстар", slug="bench-courses"))
        course = build_course(index, modules=1, lessons=1)
        trainer = UserFactory(role=Role.TRAINER)
        client = Client()
        client.force_login(trainer)
        for size in (10, 40):
            session = make_session(course, trainer, capacity=size, days=1)
            registrations = register_many(session, size)
            median_ms, queries = measure(client, session, registrations)
            stored = Attendance.objects.filter(day__session=session).count()
            print(
                f"attendance grid, {size} people: {median_ms:.0f} ms (median of {RUNS} saves), "
                f"{queries} queries, {stored} rows stored"
            )
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
