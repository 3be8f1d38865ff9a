"""The reports at the issue's scale, on the database bench/reports_data.py fills (1,000,000
enrolments, 200,000 certificates, 200,000 face-to-face participants, 50,000 webinar
registrations): times the dashboard (tiles, the table, the charts), a one-dimension table, a
two-dimension table, a table by target group and one by disability (their CSV files), the
certificates by oblast and the donor report PDF, as the bench's coordinator sees them; median of
several runs, with their query counts and the process's peak memory.

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/tendik_bench
    .venv/bin/python bench/reports_data.py && .venv/bin/python bench/reports.py

It reads that database and writes nothing (one data set for every report bench)."""

import argparse
import logging
import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

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

    print(connection.vendor, f"{Enrolment.objects.count()} enrolments")
    client = Client()
    client.force_login(User.objects.get(email=f"coordinator@{DOMAIN}"))
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
        "disability × gender, CSV",
        lambda: client.get("/ky/reports/table.csv?rows=disability&columns=gender"),
    )
    timed(
        "certificates by oblast, CSV",
        lambda: client.get("/ky/reports/table.csv?indicator=certified&rows=region"),
    )
    timed("donor report PDF, no filter", lambda: client.get("/ky/reports/report.pdf"), runs=3)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
