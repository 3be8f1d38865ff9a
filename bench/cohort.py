"""Uploads that could stall a worker: a 2,000-row cohort file through the real pages (preview,
then confirm), a 2,000 × 1,000 empty-cell XLSX, and an attendance report of 60,000 bad rows.
Also the same file into a programme (its first course opened for each). Prints seconds, query
counts and page sizes.

    .venv/bin/python bench/cohort.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_uploads .venv/bin/python bench/cohort.py

Runs on a throwaway test database (SQLite, or DATABASE_URL's server). The welcome emails are
queued on an in-memory broker, as a request queues them on Redis; sending them is the worker's
time, measured apart."""

import logging
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

ROWS = 2000
HEADER = ["email", "full_name", "region", "gender", "settlement_type", "target_groups"]


def timed(label, call):
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        response = call()
        seconds = time.perf_counter() - start
    size = len(response.content) if hasattr(response, "content") else 0
    print(f"{label}: {seconds:.2f} s, {len(queries)} queries, {size / 1024:.0f} KB page")
    return response


def drain_emails() -> int:
    """Run the queued email tasks here, as the worker would."""
    from django.core import mail

    from lms.celery import app
    from outbox.tasks import outbox_send_batch

    with app.connection_for_read() as connection:
        queue = connection.SimpleQueue("celery")
        while True:
            try:
                message = queue.get(timeout=0.1)
            except queue.Empty:
                break
            args, kwargs, _embed = message.decode()
            outbox_send_batch.run(*args, **kwargs)
            message.ack()
        queue.close()
    return len(mail.outbox)


def main() -> None:
    logging.disable(logging.INFO)  # the eager email tasks' log lines
    setup_test_environment()
    from lms.celery import app

    app.conf.task_always_eager = False
    app.conf.broker_url = "memory://"
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from wagtail.models import Page

    from courses.models import CourseIndexPage, CoursePage, Enrolment
    from people.roles import Role
    from tests.factories import UserFactory
    from tests.helpers import xlsx_bytes
    from webinars.attendance import read_report

    print(connection.vendor)
    home = Page.objects.get(depth=2)
    index = home.add_child(instance=CourseIndexPage(title="Курстар", slug="bench-courses"))
    course = index.add_child(instance=CoursePage(title="Бенч", slug="bench", summary="Бенч"))
    course.save_revision().publish()
    # A tenth of the file are people who already have an account.
    existing = UserFactory.create_batch(ROWS // 10, role=Role.LEARNER)
    coordinator = UserFactory(role=Role.COORDINATOR)
    client = Client()
    client.force_login(coordinator)
    url = f"/ky/learning/courses/{course.pk}/cohort/"

    rows = [
        [
            existing[n].email if n < len(existing) else f"bench{n}@example.kg",
            f"Бенч Адам {n}",
            "naryn",
            "woman",
            "rural",
            "youth; voters",
        ]
        for n in range(ROWS)
    ]
    data = xlsx_bytes([HEADER, *rows])
    preview = timed(
        f"preview of {ROWS} rows (xlsx, {len(data) / 1024:.0f} KB)",
        lambda: client.post(url, {"file": SimpleUploadedFile("list.xlsx", data)}),
    )
    token = preview.context["token"]
    assert token and preview.context["preview"].new_count == ROWS - len(existing)
    timed(f"confirm of {ROWS} rows", lambda: client.post(f"{url}{token}/confirm/"))
    start = time.perf_counter()
    sent = drain_emails()
    print(
        f"the worker: {sent} emails built and sent (locmem) in {time.perf_counter() - start:.2f} s"
    )
    print("enrolments stored:", Enrolment.objects.filter(course_key=course.translation_key).count())

    # The same file into a programme of two courses: each person is enrolled in the programme,
    # and by it in its first course.
    from programmes.blocks import Kind, Rule
    from programmes.models import ProgrammeEnrolment
    from tests.factories import build_programme

    second = index.add_child(instance=CoursePage(title="Бенч 2", slug="bench-2", summary="Бенч"))
    second.save_revision().publish()
    programme = build_programme(
        index, [(Rule.ALL, 2, True, [(Kind.COURSE, second), (Kind.COURSE, course)])]
    )
    programme_url = f"/ky/learning/programmes/{programme.pk}/cohort/"
    again = [[f"p{row[0]}", *row[1:]] for row in rows]
    data = xlsx_bytes([HEADER, *again])
    preview = timed(
        f"programme: preview of {ROWS} rows",
        lambda: client.post(programme_url, {"file": SimpleUploadedFile("list.xlsx", data)}),
    )
    token = preview.context["token"]
    timed(
        f"programme: confirm of {ROWS} rows",
        lambda: client.post(f"{programme_url}{token}/confirm/"),
    )
    drain_emails()
    print(
        "programme enrolments stored:",
        ProgrammeEnrolment.objects.filter(programme_key=programme.translation_key).count(),
        "; enrolments in its first course:",
        Enrolment.objects.filter(course_key=second.translation_key).count(),
    )

    wide = xlsx_bytes([HEADER[:2]] + [row[:2] for row in rows], empty_cells=1000)
    response = timed(
        f"preview of {ROWS} rows × 1,000 empty cells (xlsx, {len(wide) / 1024:.0f} KB)",
        lambda: client.post(url, {"file": SimpleUploadedFile("wide.xlsx", wide)}),
    )
    print("  refused:", response.context["form"].errors["file"][0][:80])

    bad = "name,email,join time,leave time\n" + "".join(
        f"P{n},p{n}@example.kg,not a time,not a time\n" for n in range(60_000)
    )
    start = time.perf_counter()
    report = read_report(bad.encode())
    print(
        f"attendance of 60,000 bad rows: {time.perf_counter() - start:.2f} s, "
        f"{report.errors.count} rows with errors, {len(report.errors.messages)} messages kept"
    )
    connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
