import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from wagtail.models import Page

from courses.models import CourseIndexPage, LessonPage
from people.models import TargetGroup
from people.roles import Role
from tests.factories import UserFactory, build_course

pytest_plugins = ["tests.h5p.fixtures"]

# A broker nobody listens on: connecting is refused at once.
UNREACHABLE_BROKER = "redis://127.0.0.1:1/0"


def pytest_collection_modifyitems(items):
    """The broker tests last: their worker reads only what they commit, so they flush the
    database after themselves, migrations' data (roles) included; the first browser test after
    them would find it gone (its restore runs before the browser's snapshot is in place)."""
    items.sort(key=lambda item: item.get_closest_marker("broker") is not None)


@pytest.fixture
def broker_down(monkeypatch):
    """Tasks are sent for real (not run eagerly) to a broker that cannot be reached, as when
    Redis is down in production."""
    from lms.celery import app as celery_app
    from outbox import services as outbox_services

    monkeypatch.setitem(celery_app.conf, "broker_url", UNREACHABLE_BROKER)
    monkeypatch.setitem(celery_app.conf, "broker_transport_options", {})
    monkeypatch.setitem(celery_app.conf, "task_always_eager", False)
    monkeypatch.setattr(celery_app, "_pool", None)
    monkeypatch.setattr(celery_app.amqp, "_producer_pool", None)
    # The pause after a failure is per process: no test inherits another's.
    monkeypatch.setattr(outbox_services, "_broker_down_until", 0.0)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request made by an earlier test leaves
    its language active in this thread (LocaleMiddleware activates it and nothing resets it)."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_limits():
    """Each test starts with no count of the limits (core.ratelimit): the run's cache outlives a
    test, and all the tests' requests come from one address."""
    cache.clear()


@pytest.fixture
def still_clock(monkeypatch):
    """One window of core.ratelimit throughout a test that counts to a limit (its fixtures'
    writes included, so ask for it first): a minute turning mid-test would start the count
    again, as CI on PostgreSQL once saw."""
    monkeypatch.setattr("core.ratelimit._now", lambda: 1_800_000_000.0)


@pytest.fixture
def survivors(db):
    """The sensitive group seeded by the migration."""
    return TargetGroup.objects.get(slug="survivors")


@pytest.fixture
def youth(db):
    return TargetGroup.objects.get(slug="youth")


@pytest.fixture
def learner(db):
    return UserFactory(role=Role.LEARNER)


@pytest.fixture
def other_learner(db):
    return UserFactory(role=Role.LEARNER)


@pytest.fixture
def trainer(db):
    return UserFactory(role=Role.TRAINER)


@pytest.fixture
def other_trainer(db):
    """A trainer, of another course than the one a test is about."""
    return UserFactory(role=Role.TRAINER)


@pytest.fixture
def coordinator(db):
    return UserFactory(role=Role.COORDINATOR)


@pytest.fixture
def administrator(db):
    return UserFactory(role=Role.ADMINISTRATOR)


@pytest.fixture
def client_for():
    """A test client signed in as the given person (None: anonymous)."""

    def make(person=None):
        client = Client()
        if person is not None:
            client.force_login(person)
        return client

    return make


@pytest.fixture
def catalogue(db):
    home = Page.objects.get(depth=2)
    return home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))


@pytest.fixture
def course(catalogue):
    return build_course(catalogue)


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


# The six people every URL is tried as, in the order they are tried.
ROLES = ("anonymous", "learner", "other_learner", "other_trainer", "trainer", "coordinator")


@pytest.fixture
def world(
    request,
    settings,
    tmp_path,
    catalogue,
    learner,
    other_learner,
    other_trainer,
    trainer,
    coordinator,
    django_capture_on_commit_callbacks,
):
    """tests/world.py: a course, its learner and trainers, and what they made, made on demand."""
    from tests.world import World

    settings.MEDIA_ROOT = tmp_path / "media"
    people = {
        "anonymous": None,
        "learner": learner,
        "other_learner": other_learner,
        "other_trainer": other_trainer,
        "trainer": trainer,
        "coordinator": coordinator,
    }
    return World(
        catalogue=catalogue,
        people=people,
        capture=django_capture_on_commit_callbacks,
        fixture=request.getfixturevalue,
    )
