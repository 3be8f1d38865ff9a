"""Queries per course page and lesson page for a signed-in, enrolled learner, for a small course
(1 module × 3 lessons) and a large one (50 modules × 10 lessons). The counts must be equal.

    .venv/bin/python bench/queries.py

Runs on a throwaway test database (SQLite in memory, or DATABASE_URL's server)."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def build(catalogue, title, modules, lessons):
    from courses.models import CoursePage, LessonPage, ModulePage

    course = catalogue.add_child(instance=CoursePage(title=title, summary=title))
    for m in range(modules):
        module = course.add_child(instance=ModulePage(title=f"{title} {m}"))
        for n in range(lessons):
            module.add_child(
                instance=LessonPage(title=f"{title} {m}.{n}", body=[("text", "<p>Сабак</p>")])
            )
    return course


def count(client, url) -> int:
    client.get(url)  # warm per-process caches (site root paths), as a running server has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    if os.environ.get("BENCH_SHOW_SQL"):
        print(url, *(q["sql"][:150] for q in queries.captured_queries), sep="\n  ")
    return len(queries)


def main() -> None:
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    from wagtail.models import Page

    from courses.models import CourseIndexPage, LessonPage
    from courses.services import enrolment_create, lesson_mark_done
    from people.models import User

    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    learner = User.objects.create_user("bench@example.kg", "x", full_name="Бенч Окуучу")
    client = Client()
    client.force_login(learner)
    print(
        f"{'course':<10} {'lessons':>7} {'course page':>12} {'lesson page':>12} {'my learning':>12}"
    )
    for title, modules, lessons in [("small", 1, 3), ("large", 50, 10)]:
        course = build(catalogue, title, modules, lessons)
        enrolment_create(user=learner, course=course)
        first, second = LessonPage.objects.descendant_of(course).order_by("path")[:2]
        lesson_mark_done(user=learner, lesson=first)
        print(
            f"{title:<10} {modules * lessons:>7} {count(client, course.url):>12} "
            f"{count(client, second.url):>12} {count(client, '/ky/learning/'):>12}"
        )
    connection.creation.destroy_test_db(":memory:", verbosity=0)


if __name__ == "__main__":
    main()
