"""A class at once on the embedded default: 30 people register for a webinar together, then
enrol in a course together, then start and submit a quiz together, against the server `make run`
starts (runserver, one thread per request) on SQLite, on 127.0.0.1.

    .venv/bin/python bench/class_load.py          # CLASS_BENCH_PORT=8918, CLASS_BENCH_PEOPLE=30

A fresh SQLite file in a temporary folder is migrated and gets a course with a quiz, a webinar
and the people, each with a session made here (no password is hashed while measuring). Each
person is her own HTTP client with her own cookies: she opens the page (for her CSRF cookie),
waits for the others, and all post at the same moment. Prints, per step, the errors, the median,
95th percentile and slowest request and the time until the last answer; then checks the rows
stored. Exits 1 on any error."""

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = int(os.environ.get("CLASS_BENCH_PEOPLE", "30"))
PORT = int(os.environ.get("CLASS_BENCH_PORT", "8918"))
HOST = f"http://127.0.0.1:{PORT}"


def setup() -> dict:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page

    from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
    from people.models import User
    from quizzes.models import Question, QuestionBank, Quiz, QuizQuestion
    from webinars.models import WebinarPage, WebinarSeriesPage

    assert connection.vendor == "sqlite", "this bench measures the embedded default (SQLite)"
    call_command("migrate", verbosity=0)
    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    course = catalogue.add_child(instance=CoursePage(title="CEDAW негиздери", summary="Кыскача"))
    module = course.add_child(instance=ModulePage(title="1-модуль"))
    bank = QuestionBank.objects.create(title="CEDAW суроолору")
    question = Question.objects.create(
        bank=bank, kind="true_false", text="Кыргызстан CEDAWга кошулган.", statement_is_true=True
    )
    quiz = Quiz.objects.create(title="CEDAW боюнча тест", pass_mark=80)
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    block_id = "11111111-2222-3333-4444-555555555555"
    lesson = module.add_child(
        instance=LessonPage(
            title="1.1-сабак",
            body=[("text", "<p>Теңчилик.</p>")],
        )
    )
    lesson.body.append(("quiz", {"quiz": quiz, "required": True}, block_id))
    lesson.save_revision().publish()
    series = home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))
    webinar = series.add_child(
        instance=WebinarPage(
            title="Мамлекеттик кызматтар онлайн",
            start=timezone.now() + timedelta(days=2),
            capacity=PEOPLE,
            join_url="https://meet.jit.si/tendik-bench",
        )
    )
    cookies = []
    for n in range(PEOPLE):
        person = User.objects.create(
            email=f"class{n}@bench.tendik.kg",
            full_name=f"Катышуучу {n}",
            region="naryn",
            gender="woman",
        )
        store = SessionStore()
        store[SESSION_KEY] = str(person.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = person.get_session_auth_hash()
        store.create()
        cookies.append({settings.SESSION_COOKIE_NAME: store.session_key})
    urls = {
        "webinar": webinar.url,
        "register": f"/ky/webinars/{webinar.pk}/register/",
        "course": CoursePage.objects.get(pk=course.pk).url,
        "enrol": f"/ky/learning/courses/{course.pk}/enrol/",
        "lesson": LessonPage.objects.get(pk=lesson.pk).url,
        "start": f"/ky/learning/quiz/{lesson.pk}/{block_id}/start/",
    }
    keys = {"webinar": webinar.translation_key, "course": course.translation_key}
    # Hold no connection while the server writes.
    connection.close()
    return {"cookies": cookies, "urls": urls, "keys": keys}


def post(session: requests.Session, url: str, data=None) -> requests.Response:
    token = session.cookies.get("csrftoken", "")
    return session.post(
        HOST + url,
        data={"csrfmiddlewaretoken": token, **(data or {})},
        headers={"Referer": HOST + "/"},
        allow_redirects=False,
        timeout=120,
    )


def together(sessions, page: str, action) -> dict:
    """Everyone opens `page`, waits for the others, then does `action`; times each action."""
    barrier = threading.Barrier(len(sessions) + 1)
    times, errors = [], []
    lock = threading.Lock()

    def one(session):
        try:
            session.get(HOST + page, timeout=120)  # for the CSRF cookie, whatever it answers
        finally:
            barrier.wait()
        began = time.perf_counter()
        try:
            failure = action(session)
        except Exception as error:  # noqa: BLE001 (counted, not raised)
            failure = repr(error)
        with lock:
            times.append((time.perf_counter() - began) * 1000)
            if failure:
                errors.append(failure)

    threads = [threading.Thread(target=one, args=(session,)) for session in sessions]
    for thread in threads:
        thread.start()
    barrier.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return {"times": times, "errors": errors, "wall": (time.perf_counter() - began) * 1000}


def failure_of(response: requests.Response) -> str | None:
    if response.status_code == 302:
        return None
    return f"{response.status_code} {response.text[:120]!r}"


def quiz(session: requests.Session, start: str) -> str | None:
    started = post(session, start)
    if started.status_code != 302 or "/attempts/" not in started.headers.get("Location", ""):
        return failure_of(started) or f"start went to {started.headers.get('Location')}"
    return failure_of(
        post(session, started.headers["Location"], {"action": "submit", "q-0": "true"})
    )


def report(title: str, result: dict) -> int:
    times = sorted(result["times"])
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    print(
        f"  {title:<30}{len(times):>6}{len(result['errors']):>8}"
        f"{statistics.median(times):>11.0f}{p95:>9.0f}{times[-1]:>9.0f}{result['wall']:>10.0f}"
    )
    for error in result["errors"][:3]:
        print(f"      {error}")
    return len(result["errors"])


def main():
    work = Path(tempfile.mkdtemp(prefix="class-bench-"))
    (work / "broker" / "processed").mkdir(parents=True)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="lms.settings.dev",
        DATABASE_URL=f"sqlite:///{work / 'bench.sqlite3'}",
        CELERY_BROKER_FOLDER=str(work / "broker"),
        DJANGO_MEDIA_ROOT=str(work / "media"),
        DJANGO_LOG_LEVEL="WARNING",
    )
    data = setup()
    urls = data["urls"]
    # What bin/run-demo runs: runserver, threaded, no autoreloader.
    server = subprocess.Popen(  # noqa: S603 (our own manage.py)
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload"],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            try:
                requests.get(f"{HOST}/healthz", timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.5)
        sessions = []
        for cookie in data["cookies"]:
            session = requests.Session()
            session.cookies.update(cookie)
            sessions.append(session)
        print(f"\n{PEOPLE} people at once, runserver on SQLite ({HOST})")
        print(
            f"  {'step':<30}{'count':>6}{'errors':>8}{'median ms':>11}{'p95 ms':>9}"
            f"{'max ms':>9}{'all ms':>10}"
        )
        errors = report(
            "register for the webinar",
            together(sessions, urls["webinar"], lambda s: failure_of(post(s, urls["register"]))),
        )
        errors += report(
            "enrol in the course",
            together(sessions, urls["course"], lambda s: failure_of(post(s, urls["enrol"]))),
        )
        errors += report(
            "start and submit the quiz",
            together(sessions, urls["lesson"], lambda s: quiz(s, urls["start"])),
        )
        from courses.models import Enrolment
        from quizzes.models import Attempt
        from webinars.models import Registration

        stored = {
            "registrations": Registration.objects.filter(webinar_key=data["keys"]["webinar"]),
            "enrolments": Enrolment.objects.filter(course_key=data["keys"]["course"]),
            "submitted attempts": Attempt.objects.filter(submitted_at__isnull=False),
        }
        counts = {name: rows.count() for name, rows in stored.items()}
        print("  stored: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
        print(f"\nerrors: {errors}")
        sys.exit(1 if errors or set(counts.values()) != {PEOPLE} else 0)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
