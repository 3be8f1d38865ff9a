"""Playwright driving Debian's Chromium against Django's live server."""

import os
import shutil
import time

import pytest
from django.db import connection

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if CHROMIUM is None:
        pytest.fail("Chromium is missing: `make test` installs it (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the tests' thread; the ORM calls made beside
    # it (creating the test database, the tests' own queries) are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django keeps its connections per context, and Playwright's greenlet is a new context:
    # carry the snapshot of the migrated database (for serialized rollback) into it.
    snapshot = getattr(connection, "_test_serialized_contents", None)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        browser.database_snapshot = snapshot
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def database_snapshot(browser):
    if browser.database_snapshot is not None:
        connection._test_serialized_contents = browser.database_snapshot


@pytest.fixture
def page(browser, database_snapshot, live_server, django_db_serialized_rollback):
    # serialized_rollback: the rows the migrations made (roles, target groups, the home page)
    # come back after each test flushes the database.
    context = browser.new_context(base_url=live_server.url, locale="ky-KG")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
    wait_for_live_server_requests()


def wait_for_live_server_requests(seconds: float = 10.0) -> None:
    """Let the requests the browser sent before it closed finish before the database is flushed.

    A report the player sent with `keepalive` still runs in the live server after the page is gone;
    on PostgreSQL the flush's TRUNCATE and that request's row locks then deadlock each other.
    """
    if connection.vendor != "postgresql":
        return  # SQLite serialises writers with its own lock; a flush waits for the writer
    deadline = time.monotonic() + seconds
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()"
                " AND state IN ('active', 'idle in transaction')"
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.05)


def sign_in(page, email: str, password: str) -> None:
    """Through the sign-in form, as a person does, in a fresh session (cookies cleared)."""
    page.context.clear_cookies()
    page.goto("/ky/account/sign-in/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.locator("main button").click()
    page.wait_for_load_state()
