"""A small dataset whose every count is worked out by hand in the tests.

Course "CEDAW" (dates in 2026):
- six women, Naryn, rural, born 2000 (25–34), youth, Kyrgyz: enrolled on 10 March; four of
  them completed on 5 April and hold a certificate; one of those four is also a survivor;
- three men, Talas, urban, born 1980 (35–49), Russian: enrolled on 20 April, none completed;
- one of the women is enrolled a second time in another course, on 12 March.
Webinar (of a series): the six women and one man registered (on 1 May), five of the women
attended (on 3 May).
Face-to-face: a trainer trained by a master trainer leads a held session in Naryn with days on
4 and 5 May; seven light records attend it (five women, two men; Naryn), one of them also a
second session of the same trainer (a day on 6 June). A third record was merged into one of
the seven and attended the second session too: she is the same person.
Mentoring: one pair (a woman of the six as mentee), two meetings."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.models import Enrolment
from mentoring.models import Agreement, Frequency, Meeting, Request
from people.regions import Region, SettlementType
from tests.certificates.conftest import template  # noqa: F401  (fixture)
from tests.factories import UserFactory, build_course
from tests.trainings.cascade_fixtures import attend, person, session, trainer
from tests.webinars.conftest import make_webinar, series  # noqa: F401  (fixture)
from trainings.models import Session, SessionDay
from webinars.models import Registration


def at(day: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(f"{day}T10:00"))


@pytest.fixture
def data(catalogue, template, series, youth, survivors):  # noqa: F811
    course = build_course(catalogue, title="CEDAW", modules=1, lessons=1)
    other = build_course(catalogue, title="Лидерлик", modules=1, lessons=1)
    women = [
        UserFactory(
            gender="woman",
            region=Region.NARYN,
            settlement_type=SettlementType.RURAL,
            birth_year=2000,
            preferred_language="ky",
            target_groups=[youth, survivors] if n == 0 else [youth],
        )
        for n in range(6)
    ]
    men = [
        UserFactory(
            gender="man",
            region=Region.TALAS,
            settlement_type=SettlementType.URBAN,
            birth_year=1980,
            preferred_language="ru",
        )
        for _ in range(3)
    ]
    for n, woman in enumerate(women):
        enrolment = Enrolment.objects.create(user=woman, course_key=course.translation_key)
        Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=at("2026-03-10"))
        if n < 4:
            Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=at("2026-04-05"))
            enrolment.refresh_from_db()
            certificate_issue(enrolment=enrolment, course=course)
    second = Enrolment.objects.create(user=women[5], course_key=other.translation_key)
    Enrolment.objects.filter(pk=second.pk).update(enrolled_at=at("2026-03-12"))
    for man in men:
        enrolment = Enrolment.objects.create(user=man, course_key=course.translation_key)
        Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=at("2026-04-20"))

    webinar = make_webinar(series, capacity=100, start=at("2026-05-03"))
    for n, one in enumerate([*women, men[0]]):
        Registration.objects.create(
            user=one,
            webinar_key=webinar.translation_key,
            status=Registration.Status.REGISTERED,
            registered_at=at("2026-05-01"),
            position=n + 1,
            attended_at=at("2026-05-03") if n < 5 else None,
        )

    master = trainer("Мастер")
    lead = trainer("Окутуучу", trained_by=master)
    first = session(lead)
    second_session = session(lead, days=0)
    SessionDay.objects.create(
        session=second_session, date=datetime.date(2026, 6, 6), hours=Decimal("4")
    )
    records = [person(f"Аял {n}") for n in range(5)] + [
        person(f"Эркек {n}", gender="man") for n in range(2)
    ]
    for record in records:
        attend(first, record)
    attend(second_session, records[0])
    twin = person("Аял 0 (кайра)", merged_into=records[0])
    attend(second_session, twin)
    planned = session(lead, status=Session.Status.PLANNED)  # not held: no session counted

    mentor = UserFactory(gender="woman")
    request = Request.objects.create(mentee=women[1], mentor=mentor, goals="Лидерлик")
    agreement = Agreement.objects.create(
        request=request,
        mentor=mentor,
        mentee=women[1],
        goals="Лидерлик",
        starts_on=datetime.date(2026, 5, 10),
        ends_on=datetime.date(2026, 8, 10),
        frequency=Frequency.MONTHLY,
    )
    for day in (12, 26):
        Meeting.objects.create(
            agreement=agreement, held_on=datetime.date(2026, 5, day), discussed="Пландар"
        )
    assert Certificate.objects.count() == 4
    return {
        "course": course,
        "other": other,
        "women": women,
        "men": men,
        "webinar": webinar,
        "master": master,
        "lead": lead,
        "sessions": [first, second_session, planned],
        "records": records,
        "key": uuid.uuid4(),
    }
