"""Tests: SQLite (in a file, see below) unless DATABASE_URL says otherwise (CI sets it to
PostgreSQL)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key"
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite://:memory:")}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file rather than memory: the tests marked `broker` start a worker process, which must
    # see the test database.
    # var/ is git-ignored, so a fresh clone has none: make it here, not only in `make run`.
    (BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test-database.sqlite3")}  # noqa: F405
    # The demo's options (base.SQLITE_OPTIONS), but nothing waits for the disk: nearly as fast
    # as memory.
    DATABASES["default"]["OPTIONS"] = {
        **SQLITE_OPTIONS,  # noqa: F405
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;",
    }
# Counts are live in tests (one test reads, changes, reads again); tests/reports/test_rollup.py
# turns the rollup on.
REPORTS_ROLLUP_MINUTES = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Unit tests run tasks in-process; the tests marked `broker` start a real worker on a real broker.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
WAGTAILADMIN_BASE_URL = "http://testserver"
CREDENTIALS_ISSUER_URL = "http://testserver"
# The run's own signing key, made on first use in a temporary folder that the processes a test
# starts share (they inherit the variable); never the checkout's var/credentials.
os.environ.setdefault(
    "TENDIK_TEST_CREDENTIALS_KEY",
    str(Path(tempfile.mkdtemp(prefix="tendik-test-key-")) / "key.pem"),
)
CREDENTIALS_KEY_FILE = Path(os.environ["TENDIK_TEST_CREDENTIALS_KEY"])
CREDENTIALS_SIGNING_KEY = ""
CREDENTIALS_GENERATE_KEY = True
# The H5P store of a test run (tests of the h5p app each use their own inside tmp_path).
H5P_ROOT = Path(tempfile.mkdtemp(prefix="tendik-test-h5p-"))
# The run's own private files (a worker a test starts is told the test's through the variable).
PRIVATE_MEDIA_ROOT = Path(
    os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT") or tempfile.mkdtemp(prefix="tendik-test-private-")
)
PRIVATE_FILES_ACCEL_PREFIX = ""
# A cache of the run's own, in files, that the processes a test starts share (they inherit the
# variable): never the checkout's var/cache, whose counts would outlive the run.
os.environ.setdefault("TENDIK_TEST_CACHE", tempfile.mkdtemp(prefix="tendik-test-cache-"))
CACHES = {
    "default": env.cache("CACHE_URL", default=f"filecache://{os.environ['TENDIK_TEST_CACHE']}")
}
