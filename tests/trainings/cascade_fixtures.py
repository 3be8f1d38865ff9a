"""Cascades made with the models directly: trainers qualified by a trainer, sessions they led,
people who attended them."""

import datetime
import itertools
import uuid
from decimal import Decimal

from courses.models import TrainerQualification
from people.regions import Region, SettlementType
from people.roles import Role
from tests.factories import UserFactory
from trainings.models import Attendance, Headcount, Participant, Registration, Session, SessionDay
from trainings.reach import reach_refresh

TOT_COURSE = uuid.UUID("00000000-0000-4000-8000-000000000014")
_codes = itertools.count(1)


def trainer(name: str, *, trained_by=None, status=TrainerQualification.Status.QUALIFIED):
    person = UserFactory(role=Role.TRAINER, full_name=name)
    if trained_by is not None:
        qualify(person, trained_by=trained_by, status=status)
    return person


def qualify(person, *, trained_by, status=TrainerQualification.Status.QUALIFIED, course=None):
    return TrainerQualification.objects.create(
        user=person, course_key=course or uuid.uuid4(), status=status, trained_by=trained_by
    )


def session(lead, *, status=Session.Status.HELD, region=Region.NARYN, days=2):
    held = Session.objects.create(
        course_key=TOT_COURSE,
        lead_trainer=lead,
        venue="Мектеп",
        region=region,
        settlement="Кочкор",
        settlement_type=SettlementType.RURAL,
        language="ky",
        capacity=40,
        status=status,
    )
    for n in range(days):
        SessionDay.objects.create(
            session=held, date=datetime.date(2026, 5, 4 + n), hours=Decimal("4")
        )
    return held


def person(name="Гүлнара", *, user=None, merged_into=None, groups=(), **fields):
    defaults = {
        "gender": "woman",
        "birth_year": 1990,
        "region": Region.NARYN,
        "settlement_type": SettlementType.RURAL,
    }
    record = Participant.objects.create(
        full_name=name,
        user=user,
        merged_into=merged_into,
        claim_code=f"C{next(_codes):08d}",
        **{**defaults, **fields},
    )
    if groups:
        record.target_groups.set(groups)
    return record


def attend(held: Session, participant: Participant, *, present=True, days=None):
    """She is registered for the session and signed for its first day (or every day given);
    who the session reached written again, as the attendance services do."""
    registration = Registration.objects.create(session=held, participant=participant)
    for day in list(held.days.all())[: days or 1]:
        Attendance.objects.create(
            registration=registration, day=day, present=present, hours=day.hours if present else 0
        )
    reach_refresh(participants=[participant.pk])
    return registration


def attended_by(held: Session, count: int, **fields) -> list[Participant]:
    people = [person(f"Катышуучу {n}", **fields) for n in range(count)]
    for one in people:
        attend(held, one)
    return people


def headcount(held: Session, *, gender="woman", age_band="30_44", count=50):
    for day in held.days.all():
        Headcount.objects.create(
            session=held, day=day, gender=gender, age_band=age_band, count=count
        )
