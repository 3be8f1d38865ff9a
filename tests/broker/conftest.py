"""A real broker and a real Celery worker process for the tests marked `broker`.

The broker is Redis when TEST_BROKER_URL names it (CI does), else kombu's filesystem transport in
a temporary folder, which needs no server."""

import os
import subprocess
import sys
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from lms.celery import app as celery_app


@pytest.fixture
def broker(tmp_path, monkeypatch):
    url = os.environ.get("TEST_BROKER_URL", "filesystem://")
    # django-environ drops the first slash of the path: four slashes make it absolute.
    env = {"CELERY_BROKER_URL": url, "EMAIL_URL": f"filemail:///{tmp_path / 'outbox'}"}
    if url.startswith("filesystem"):
        folder = tmp_path / "broker"
        (folder / "processed").mkdir(parents=True)
        env["CELERY_BROKER_FOLDER"] = str(folder)
        options = {
            "data_folder_in": str(folder),
            "data_folder_out": str(folder),
            "processed_folder": str(folder / "processed"),
            "control_folder": str(folder / "control"),
        }
    else:
        import redis

        redis.Redis.from_url(url).flushdb()  # no message left from an earlier run
        options = {"visibility_timeout": 3600}
    # This process sends through the same broker, for real.
    monkeypatch.setitem(celery_app.conf, "broker_url", url)
    monkeypatch.setitem(celery_app.conf, "broker_transport_options", options)
    monkeypatch.setitem(celery_app.conf, "task_always_eager", False)
    monkeypatch.setattr(celery_app, "_pool", None)
    monkeypatch.setattr(celery_app.amqp, "_producer_pool", None)
    (tmp_path / "outbox").mkdir()
    return {"env": env, "outbox": tmp_path / "outbox"}


def database_url() -> str:
    """The test database, for the worker: it reads the emails and jobs a test stored there
    (the test commits them: django_db(transaction=True))."""
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    user = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    return f"postgres://{user}@{settings['HOST']}:{settings['PORT'] or 5432}/{settings['NAME']}"


@pytest.fixture
def start_worker(broker, tmp_path):
    """Start a worker process on the broker and the test database; it is stopped after the
    test."""
    processes = []

    def start():
        env = {
            **os.environ,
            **broker["env"],
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "DATABASE_URL": database_url(),
        }
        log = (tmp_path / f"worker-{len(processes)}.log").open("w")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "lms",
                "worker",
                "--pool=solo",
                "--without-mingle",
                "--without-gossip",
                "--loglevel=INFO",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        processes.append(process)
        return process

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=30)


SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def wait_for_mail(outbox: Path, count: int = 1, timeout: float = 60) -> list[EmailMessage]:
    """The messages Django's file backend wrote in `outbox`, once there are `count` of them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        raw = [
            part
            for path in sorted(outbox.glob("*.log"))
            for part in path.read_bytes().split(SEPARATOR)
            if part.strip()
        ]
        if len(raw) >= count:
            return [message_from_bytes(data, policy=policy.default) for data in raw]
        time.sleep(0.2)
    raise AssertionError(f"no mail from the worker within {timeout} s")
