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


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request made by an earlier test leaves
    its language active in this thread (LocaleMiddleware activates it and nothing resets it)."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_limits():
    """Each test starts with no count of the limits (lms.ratelimit): the run's cache outlives a
    test, and all the tests' requests come from one address."""
    cache.clear()


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
