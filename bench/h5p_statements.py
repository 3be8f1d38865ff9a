"""The xAPI quota against the attack of issue 12.13 (one learner grew the database by 9.8 MB in
11 s): one enrolled learner opens the player once and posts 10,000 statements of about 1 KB.
Prints the answers by status, the statements kept and their bytes, and the time taken.

    .venv/bin/python bench/h5p_statements.py [STATEMENTS]

Runs on a throwaway test database (SQLite in memory, or DATABASE_URL's server)."""

import json
import os
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.queries import build  # noqa: E402

STATEMENT = {
    "actor": {"name": "Окуучу", "mbox": "mailto:bench@example.kg"},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/interacted", "display": {"en-US": "x"}},
    "object": {
        "id": "http://testserver/h5p/play/",
        "definition": {"description": {"en-US": "x" * 800}},
    },
}


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from wagtail.models import Page

    from courses.models import CourseIndexPage, LessonPage
    from courses.services import enrolment_create
    from h5p.models import H5PLaunch, H5PPackage, H5PStatement
    from people.models import User

    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    course = build(catalogue, "h5p", 1, 1)
    # The endpoint reads no file of the package: a ready row is enough.
    package = H5PPackage.objects.create(title="H5P", status=H5PPackage.Status.READY)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.body.append(("h5p", {"package": package, "pass_mark": None}, "bench-h5p"))
    lesson.save_revision().publish()
    learner = User.objects.create_user("bench@example.kg", "x", full_name="Бенч Окуучу")
    enrolment_create(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    player = client.get(f"/h5p/play/{lesson.pk}/bench-h5p/")
    token = player.context["config"]["launch"]
    H5PLaunch.objects.update(started_at=timezone.now() - timedelta(minutes=1))

    body = json.dumps(STATEMENT)
    statuses = Counter()
    started = time.perf_counter()
    for _ in range(total):
        response = client.post(
            f"/h5p/play/{lesson.pk}/bench-h5p/xapi/",
            body,
            content_type="application/json",
            headers={"X-H5P-Launch": token},
        )
        statuses[response.status_code] += 1
    elapsed = time.perf_counter() - started
    kept = H5PStatement.objects.count()
    stored = sum(len(json.dumps(row)) for row in H5PStatement.objects.values_list("statement"))
    print(f"H5P_STATEMENTS_MAX={settings.H5P_STATEMENTS_MAX}, statement {len(body)} bytes")
    print(f"posted {total} in {elapsed:.1f} s ({total / elapsed:.0f}/s); answers {dict(statuses)}")
    print(f"statements kept {kept}, their JSON {stored / 1024:.0f} KB")
    connection.creation.destroy_test_db(":memory:", verbosity=0)


if __name__ == "__main__":
    main()
