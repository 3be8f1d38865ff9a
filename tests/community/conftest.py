"""The community's people: a member who accepted the guidelines, another member, one the
member blocked, a suspended and a warned member, a moderator and a coordinator."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from community.access import guidelines_accept
from community.models import Block, GuidelinesPage, Sanction
from community.services import profile_for
from people.roles import Role
from tests.factories import UserFactory

OLD = timezone.now() - timedelta(days=60)  # not a brand-new account


@pytest.fixture
def guidelines(db):
    home = Page.objects.get(depth=2)
    page = GuidelinesPage(
        title="Коомчулуктун эрежелери",
        slug="community-guidelines",
        body="<p>Урмат</p>",
        version=1,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _person(role=Role.LEARNER, **fields):
    person = UserFactory(role=role, date_joined=OLD, **fields)
    guidelines_accept(person)
    return person


@pytest.fixture
def member(guidelines):
    return _person(full_name="Айгүл Төлөгөнова")


@pytest.fixture
def other(guidelines):
    return _person(full_name="Нурзат Абдыраева")


@pytest.fixture
def blocked(guidelines, member):
    person = _person(full_name="Бакыт Мамытов")
    Block.objects.create(blocker=member, blocked=person)
    return person


@pytest.fixture
def suspended(guidelines):
    person = _person(full_name="Бермет Ырысбекова")
    Sanction.objects.create(
        member=person,
        kind=Sanction.Kind.SUSPENSION,
        reason="Акча чогултуу",
        until=timezone.now() + timedelta(days=7),
    )
    return person


@pytest.fixture
def moderator(guidelines):
    return _person(Role.MODERATOR, full_name="Айнура Токтосунова")


@pytest.fixture
def coordinator(guidelines):
    return _person(Role.COORDINATOR, full_name="Чолпон Эңсебаева")


@pytest.fixture
def profile(member):
    """The member's profile, everything shown."""
    item = profile_for(member)
    item.bio = "Айылдагы аялдар менен иштейм."
    item.organisation = "Нарын шаардык кеңеши"
    item.show_bio = item.show_organisation = True
    item.save()
    return item


@pytest.fixture
def ky_locale(db):
    return Locale.objects.get(language_code="ky")
