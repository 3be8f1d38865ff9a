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


def session(lead, *, status=Session.Status.HELD, region=Region.NARYN, days=2, dates=None):
    """Her session, its days from 4 May 2026 (or on `dates`)."""
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
    for date in dates or [datetime.date(2026, 5, 4 + n) for n in range(days)]:
        SessionDay.objects.create(session=held, date=date, hours=Decimal("4"))
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


def attend_on(held: Session, participant: Participant, *present, absent=()):
    """She is registered for the session, present on the days of the dates `present`, absent
    on those of `absent`; the reach written again."""
    registration = Registration.objects.create(session=held, participant=participant)
    days = {day.date: day for day in held.days.all()}
    for date, here in [*((d, True) for d in present), *((d, False) for d in absent)]:
        Attendance.objects.create(
            registration=registration,
            day=days[date],
            present=here,
            hours=days[date].hours if here else 0,
        )
    reach_refresh(participants=[participant.pk])
    return registration


def headcount_on(held: Session, date, *, gender="woman", age_band="30_44", count=50):
    return Headcount.objects.create(
        session=held,
        day=held.days.get(date=date),
        gender=gender,
        age_band=age_band,
        count=count,
    )


MAY_1, MAY_31 = datetime.date(2026, 5, 1), datetime.date(2026, 5, 31)


def may(day: int) -> datetime.date:
    return datetime.date(2026, 5, day)


def period_cascade(*, crowds: int = 0) -> dict:
    """Master → Aigerim and Bermet; Aigerim → Cholpon, with days inside May 2026 (the period
    the tests pick) and outside it. `crowds` more people present in May at Aigerim's first
    session and at Cholpon's, and as many again in April at Aigerim's third (so that the
    dashboard shows the counts, not "<5").

    In May: Aigerim held A1 (4, 5 May) and A2 (20 April, 10 May), not A3 (1, 2 April); Bermet
    held B1 (20 May, 1 June), B2 (12 May) is planned; Cholpon held C1 (31 May, 2 June); the
    master held M1 (30 April) only. Present in May: Asel at A1 and A2 (two sessions, once);
    Bakyt at A1 and, as the copy merged into him, at B1; Chynara (three records merged one
    into the next) at C1 as the first and at A1 as the last; Dilnoza's two records of one
    account at B1. Not in May: Emil at A3 and on A2's April day (absent on its May day);
    Fariza on B1's June day only (absent in May); Gulzat at M1."""
    april, june = datetime.date(2026, 4, 1), datetime.date(2026, 6, 1)
    master = trainer("Мастер Айнура")
    aigerim = trainer("Айгерим", trained_by=master)
    bermet = trainer("Бермет", trained_by=master)
    cholpon = trainer("Чолпон", trained_by=aigerim)
    a1 = session(aigerim, dates=[may(4), may(5)])
    a2 = session(aigerim, status=Session.Status.CLOSED, dates=[datetime.date(2026, 4, 20), may(10)])
    a3 = session(aigerim, dates=[april, datetime.date(2026, 4, 2)])
    b1 = session(bermet, dates=[may(20), june])
    session(bermet, status=Session.Status.PLANNED, dates=[may(12)])
    c1 = session(cholpon, dates=[may(31), datetime.date(2026, 6, 2)])
    m1 = session(master, dates=[datetime.date(2026, 4, 30)])

    asel = person("Асель")
    attend_on(a1, asel, may(4), may(5))
    attend_on(a2, asel, may(10))
    bakyt = person("Бакыт", gender="man")
    attend_on(a1, bakyt, may(5))
    attend_on(b1, person("Бакыт (көчүрмө)", gender="man", merged_into=bakyt), may(20))
    chynara = person("Чынара")
    middle = person("Чынара А.")
    first = person("Чынара Б.")
    attend_on(c1, first, may(31))
    attend_on(a1, chynara, may(4))
    Participant.objects.filter(pk=middle.pk).update(merged_into=chynara)
    Participant.objects.filter(pk=first.pk).update(merged_into=middle)
    reach_refresh(participants=[first.pk])
    account = UserFactory(role=Role.LEARNER, region=Region.NARYN)
    attend_on(b1, person("Дилноза", user=account), may(20))
    attend_on(b1, person("Дилноза К.", user=account), may(20), june)
    emil = person("Эмил", gender="man")
    attend_on(a3, emil, april)
    attend_on(a2, emil, datetime.date(2026, 4, 20), absent=[may(10)])
    attend_on(b1, person("Фариза"), june, absent=[may(20)])
    attend_on(m1, person("Гүлзат"), datetime.date(2026, 4, 30))
    for n in range(crowds):
        attend_on(a1, person(f"Катышуучу A{n}"), may(4))
        attend_on(c1, person(f"Катышуучу C{n}"), may(31))
        attend_on(a3, person(f"Катышуучу D{n}"), april)
    # Counted, not named: 50 on C1's May day, 80 on its June day; 70 in April at A3.
    headcount_on(c1, may(31), count=50)
    headcount_on(c1, datetime.date(2026, 6, 2), count=80)
    headcount_on(a3, april, count=70)
    return {"master": master, "aigerim": aigerim, "bermet": bermet, "cholpon": cholpon}
