import datetime

import pytest
from django.utils import timezone

from community.models import Block, Sanction
from mentoring import services
from mentoring.models import MentorProfile
from people.regions import Region
from people.roles import Role
from tests.factories import UserFactory

PEOPLE = ("anonymous", "mentee", "other", "blocked", "suspended", "moderator", "coordinator")


def make_mentor(**fields) -> MentorProfile:
    user = UserFactory(role=Role.LEARNER, **fields.pop("user", {}))
    values = {
        "expertise": ",leadership,local_government,",
        "languages": ",ky,ru,",
        "countries": ",KG,",
        "capacity": 1,
        "availability": "Шейшемби кечинде, онлайн",
    }
    values.update(fields)
    return MentorProfile.objects.create(user=user, **values)


def agree(request, **fields):
    today = timezone.localdate()
    values = {
        "answer": "Макулмун",
        "goals": request.goals,
        "starts_on": today,
        "ends_on": services.add_months(today, 3),
        "frequency": "weekly",
    }
    values.update(fields)
    return services.accept(request, mentor=request.mentor, **values)


@pytest.fixture
def mentor(db):
    return make_mentor(user={"full_name": "Гүлнара Асанова", "region": Region.NARYN}).user


@pytest.fixture
def people(db, mentor):
    """The seven people every mentoring URL is tried as; the mentor blocked `blocked`."""
    found = {
        "anonymous": None,
        "mentee": UserFactory(role=Role.LEARNER, full_name="Айгүл Токтогулова", gender="woman"),
        "other": UserFactory(role=Role.LEARNER),
        "blocked": UserFactory(role=Role.LEARNER),
        "suspended": UserFactory(role=Role.LEARNER),
        "moderator": UserFactory(role=Role.MODERATOR),
        "coordinator": UserFactory(role=Role.COORDINATOR),
    }
    Block.objects.create(blocker=mentor, blocked=found["blocked"])
    Sanction.objects.create(
        member=found["suspended"],
        kind=Sanction.Kind.SUSPENSION,
        reason="Орой сөздөр",
        until=timezone.now() + datetime.timedelta(days=7),
    )
    return found


@pytest.fixture
def pending(people, mentor):
    """The mentee's request to the mentor, waiting."""
    return services.request_send(
        mentee=people["mentee"], mentor=mentor, goals="Шайлоого талапкер болуу"
    )


@pytest.fixture
def agreement(people):
    """An active agreement of the mentee with a second mentor, one meeting logged."""
    second = make_mentor(user={"full_name": "Жылдыз Бекова"}).user
    request = services.request_send(mentee=people["mentee"], mentor=second, goals="Жетекчилик")
    made = agree(request)
    services.meeting_add(
        made,
        user=second,
        held_on=timezone.localdate(),
        discussed="Айылдык кеңештин отуруму",
        next_steps="Сөз даярдоо",
    )
    return made
