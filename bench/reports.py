"""The reports at the issue's scale, on the database bench/reports_data.py fills (1,000,000
enrolments, 200,000 certificates, 200,000 face-to-face participants, 50,000 webinar
registrations): times the dashboard (tiles, the table, the charts), a one-dimension table, a
two-dimension table, a table by target group and one by disability (their CSV files), the
certificates by oblast and the donor report PDF, each counted live and read from the rollup,
as the bench's coordinator sees them; median of several runs, with their query counts and the
process's peak memory.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/tendik_bench
    .venv/bin/python bench/reports_data.py && .venv/bin/python bench/reports.py

It reads that database and writes only the reports' rollup (reports.rollup): each view is timed
counted live, then read from the rollup, then beat's turn over what was stored is timed."""

import argparse
import datetime
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

from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.reports_data import DOMAIN  # noqa: E402
from bench.timing import timed  # noqa: E402


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    logging.disable(logging.INFO)
    setup_test_environment()
    if "bench" not in connection.settings_dict["NAME"]:
        sys.exit("DATABASE_URL must name the database bench/reports_data.py filled")
    from courses.models import Enrolment
    from people.models import User
    from reports import rollup
    from reports.models import Rollup
    from trainings.cascade import master_trainers

    print(connection.vendor, f"{Enrolment.objects.count()} enrolments")
    client = Client()
    client.force_login(User.objects.get(email=f"coordinator@{DOMAIN}"))
    master = master_trainers().order_by("-trained").first()
    views = [
        ("dashboard, no filter", "/ky/reports/"),
        (
            "dashboard, oblast and a year",
            "/ky/reports/?region=naryn&start=2025-01-01&end=2025-12-31",
        ),
        ("dashboard, a quarter", "/ky/reports/?start=2025-07-01&end=2025-09-30&rows=age"),
        (
            "dashboard, a year and the largest cascade",
            f"/ky/reports/?start=2025-01-01&end=2025-12-31&master={master.pk}",
        ),
        ("one dimension (oblast), CSV", "/ky/reports/table.csv?rows=region"),
        ("two dimensions (age × gender), CSV", "/ky/reports/table.csv?rows=age&columns=gender"),
        ("target group × oblast, CSV", "/ky/reports/table.csv?rows=group&columns=region"),
        ("disability × gender, CSV", "/ky/reports/table.csv?rows=disability&columns=gender"),
        ("certificates by oblast, CSV", "/ky/reports/table.csv?indicator=certified&rows=region"),
    ]
    # Counted live (the first read of a view, or REPORTS_ROLLUP_MINUTES=0)…
    with override_settings(REPORTS_ROLLUP_MINUTES=0):
        for label, url in views:
            timed(f"live: {label}", lambda url=url: client.get(url), runs=3)
        timed(
            "live: donor report PDF, no filter",
            lambda: client.get("/ky/reports/report.pdf"),
            runs=3,
        )
    # …and read from the rollup, as every later read until beat counts it again.
    Rollup.objects.all().delete()
    with override_settings(REPORTS_ROLLUP_MINUTES=15):
        for label, url in views:
            client.get(url)  # the first read counts and stores
            timed(f"rollup: {label}", lambda url=url: client.get(url))
        client.get("/ky/reports/report.pdf")
        timed(
            "rollup: donor report PDF, no filter",
            lambda: client.get("/ky/reports/report.pdf"),
            runs=3,
        )
        begin = time.perf_counter()
        counted = rollup.recount_stored(now=timezone.now() + datetime.timedelta(hours=1))
        print(
            f"beat's turn: {counted} stored queries counted again "
            f"in {time.perf_counter() - begin:.1f} s"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
