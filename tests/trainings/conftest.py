from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import build_course
from trainings.services import participant_create, session_create

TODAY = timezone.localdate


def days_from(offset: int, count: int = 1, hours: int = 6):
    start = TODAY() + timedelta(days=offset)
    return [(start + timedelta(days=n), hours) for n in range(count)]


SESSION = {
    "venue": "Айылдык китепкана",
    "region": "naryn",
    "settlement": "Кочкор",
    "settlement_type": "rural",
    "language": "ky",
    "capacity": 20,
}


@pytest.fixture
def course(catalogue, trainer):
    """A course whose named trainer is `trainer`."""
    course = build_course(catalogue, modules=1, lessons=1)
    course.trainers.add(trainer)
    course.save_revision().publish()
    return course


@pytest.fixture
def make_session(course, trainer):
    def make(*, by=None, lead=None, days=None, **fields):
        lead = lead or trainer
        return session_create(
            by=by or lead,
            course=course,
            lead_trainer=lead,
            days=days or days_from(0),
            **{**SESSION, **fields},
        )

    return make


@pytest.fixture
def session(make_session):
    return make_session()


@pytest.fixture
def light(trainer):
    def make(name="Гүлнара Асанова", settlement="Кочкор", **fields):
        return participant_create(
            by=fields.pop("by", trainer),
            full_name=name,
            consent=True,
            region="naryn",
            settlement=settlement,
            **fields,
        )

    return make
