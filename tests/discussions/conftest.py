from datetime import timedelta

import pytest
from django.utils import timezone

from community.access import guidelines_accept
from community.models import Block, Sanction
from courses.services import enrolment_create
from discussions.models import Space
from discussions.services import post_create, space_for_course, thread_create
from people.roles import Role
from tests.factories import UserFactory

PEOPLE = ("anonymous", "member", "another", "blocked", "suspended", "moderator", "coordinator")


def member_factory(role=Role.LEARNER, **fields):
    person = UserFactory(role=role, **fields)
    guidelines_accept(person)
    return person


@pytest.fixture
def people(db):
    found = {
        "anonymous": None,
        "member": member_factory(full_name="Айгүл Токтосунова"),
        "another": member_factory(full_name="Бермет Асанова"),
        "blocked": member_factory(full_name="Нурлан Жумабеков"),
        "suspended": member_factory(full_name="Жылдыз Кадырова"),
        "moderator": member_factory(Role.MODERATOR, full_name="Модератор"),
        "coordinator": member_factory(Role.COORDINATOR, full_name="Координатор"),
    }
    # The member blocked Нурлан: he cannot reply to her threads.
    Block.objects.create(blocker=found["member"], blocked=found["blocked"])
    Sanction.objects.create(
        member=found["suspended"],
        kind=Sanction.Kind.SUSPENSION,
        reason="Оскорбления",
        until=timezone.now() + timedelta(days=7),
        created_by=found["moderator"],
    )
    return found


@pytest.fixture
def space(db):
    return Space.objects.create(title="Аял лидерлер: тажрыйба алмашуу", topic="Лидерлик")


@pytest.fixture
def thread(space, people):
    """The member's thread with a reply from another member."""
    made = thread_create(
        space=space, author=people["member"], title="Айылдык кеңеш", body="Кандай **баштайбыз**?"
    )
    post_create(thread=made, author=people["another"], body="Менин тажрыйбам")
    return made


@pytest.fixture
def course_space(course, people):
    """The course's space: the member is enrolled; the others are not."""
    enrolment_create(user=people["member"], course=course)
    return space_for_course(course)
