"""Load on a webinar: 250 people registering within one minute, then 250 loading the webinar
page in the minute before it starts, against gunicorn and PostgreSQL on 127.0.0.1.

    DATABASE_URL=postgres://user@127.0.0.1:5432/tendik_bench .venv/bin/python bench/webinar_load.py

The database is migrated and gets a webinar and 250 people (with session cookies made here, so
that no password is hashed during the measured minute). Prints the median and the 95th percentile
per request and the number of errors, and checks that exactly 250 registrations were stored.
Everything runs on 127.0.0.1 only."""

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = 250
PORT = int(os.environ.get("WEBINAR_BENCH_PORT", "8917"))
HOST = f"http://127.0.0.1:{PORT}"
VENV = ROOT / ".venv" / "bin"


def setup(work: Path) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Page

    from people.models import User
    from webinars.models import Registration, WebinarPage, WebinarSeriesPage

    assert settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), "set DATABASE_URL"
    call_command("migrate", verbosity=0)
    home = Page.objects.get(depth=2)
    series = WebinarSeriesPage.objects.filter(slug="bench-webinars").first()
    if series is None:
        series = home.add_child(instance=WebinarSeriesPage(title="Bench", slug="bench-webinars"))
    WebinarPage.objects.child_of(series).delete()
    webinar = series.add_child(
        instance=WebinarPage(
            title="Мамлекеттик кызматтар онлайн (жүктөм)",
            start=timezone.now() + timedelta(minutes=4),
            capacity=300,
            join_url="https://meet.jit.si/tendik-bench",
        )
    )
    Registration.objects.filter(webinar_key=webinar.translation_key).delete()
    sessions = []
    for n in range(PEOPLE):
        person, _ = User.objects.get_or_create(
            email=f"bench{n}@bench.tendik.kg",
            defaults={"full_name": f"Катышуучу {n}", "region": "naryn", "gender": "woman"},
        )
        store = SessionStore()
        store[SESSION_KEY] = str(person.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = person.get_session_auth_hash()
        store.create()
        sessions.append({"name": settings.SESSION_COOKIE_NAME, "value": store.session_key})
    (work / "sessions.json").write_text(json.dumps(sessions))
    return {"id": webinar.pk, "key": str(webinar.translation_key), "url": webinar.url}


def locust(work: Path, env: dict, user_class: str, name: str) -> list[dict]:
    prefix = work / name
    subprocess.run(  # noqa: S603 (our own virtualenv's locust)
        [str(VENV / "locust"), "-f", str(ROOT / "bench" / "webinar_locust.py"), user_class,
         "--headless", "--host", HOST, "-u", str(PEOPLE), "-r", "5", "--run-time", "60s",
         "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING"],
        env=env, check=False,
    )  # fmt: skip
    with open(f"{prefix}_stats.csv") as stats:
        return list(csv.DictReader(stats))


def report(title: str, rows: list[dict]) -> int:
    print(f"\n{title}")
    print(f"  {'request':<28}{'count':>7}{'errors':>8}{'median ms':>11}{'p95 ms':>9}")
    errors = 0
    for row in rows:
        errors += int(row["Failure Count"]) if row["Name"] != "Aggregated" else 0
        print(
            f"  {row['Name']:<28}{row['Request Count']:>7}{row['Failure Count']:>8}"
            f"{row['50%']:>11}{row['95%']:>9}"
        )
    return errors


def main():
    work = Path(tempfile.mkdtemp(prefix="webinar-bench-"))
    (work / "broker" / "processed").mkdir(parents=True)
    os.environ.update(
        DJANGO_DEBUG="False",
        CELERY_BROKER_FOLDER=str(work / "broker"),
        DJANGO_MEDIA_ROOT=str(work / "media"),
    )
    webinar = setup(work)
    env = dict(
        os.environ,
        WEBINAR_BENCH_SESSIONS=str(work / "sessions.json"),
        WEBINAR_BENCH_PAGE=webinar["url"],
        WEBINAR_BENCH_REGISTER=f"/ky/webinars/{webinar['id']}/register/",
    )
    workers = os.environ.get("WEBINAR_BENCH_WORKERS", "3")
    server = subprocess.Popen(  # noqa: S603 (our own virtualenv's gunicorn)
        [str(VENV / "gunicorn"), "lms.wsgi", "-b", f"127.0.0.1:{PORT}", "-w", workers,
         "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        time.sleep(5)
        errors = report(
            f"{PEOPLE} people registering within one minute ({workers} gunicorn workers)",
            locust(work, env, "Registrant", "register"),
        )
        from django.utils import timezone

        from webinars.models import Registration, WebinarPage

        stored = Registration.objects.filter(webinar_key=webinar["key"]).count()
        print(f"  registrations stored: {stored} (expected {PEOPLE})")
        WebinarPage.objects.filter(pk=webinar["id"]).update(
            start=timezone.now() + timedelta(seconds=65)
        )
        errors += report(
            f"{PEOPLE} people loading the page in the minute before the start",
            locust(work, env, "Waiter", "before-start"),
        )
        print(f"\nerrors: {errors}")
        sys.exit(1 if errors or stored != PEOPLE else 0)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
