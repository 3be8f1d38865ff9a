"""Sessions, days and participants for the attendance tests, made with the models directly
(the session services are another part of issue 14)."""

import datetime
import itertools
from decimal import Decimal

from people.models import Gender
from people.regions import Region, SettlementType
from trainings.models import Participant, Registration, Session, SessionDay

_codes = itertools.count(1)

KYRGYZ_NAMES = [
    "Айгүл Өмүрова",
    "Нурлан Үсөнов",
    "Жылдыз Ңурланова",
    "Бакыт Асанов",
    "Чолпон Кадырова",
    "Гүлнара Төрөбекова",
    "Эрмек Сыдыков",
    "Айпери Жумабаева",
]


def make_session(course, lead, *, language="ky", days=2, hours="6", **fields) -> Session:
    values = {
        "course_key": course.translation_key,
        "lead_trainer": lead,
        "organisation": "Теңдик коомдук бирикмеси",
        "venue": "Айыл өкмөтүнүн залы",
        "region": Region.NARYN,
        "district": "Ат-Башы району",
        "settlement": "Ат-Башы",
        "settlement_type": SettlementType.RURAL,
        "language": language,
        "capacity": 20,
        **fields,
    }
    session = Session.objects.create(**values)
    start = datetime.date(2026, 11, 23)
    for n in range(days):
        SessionDay.objects.create(
            session=session, date=start + datetime.timedelta(days=n), hours=Decimal(hours)
        )
    return session


def make_participant(full_name: str, *, user=None, **fields) -> Participant:
    values = {
        "gender": Gender.WOMAN,
        "birth_year": 1990,
        "region": Region.NARYN,
        "settlement": "Ат-Башы",
        "settlement_type": SettlementType.RURAL,
        "phone": "+996 555 123 456",
        "claim_code": f"CLAIM{next(_codes):06d}",
        **fields,
    }
    return Participant.objects.create(full_name=full_name, user=user, **values)


def register(session: Session, participant: Participant) -> Registration:
    return Registration.objects.create(session=session, participant=participant)


def register_many(session: Session, count: int) -> list[Registration]:
    """`count` light records registered in the session, in one query each kind."""
    people = Participant.objects.bulk_create(
        [
            Participant(
                full_name=f"{KYRGYZ_NAMES[n % len(KYRGYZ_NAMES)]} {n + 1}",
                gender=Gender.WOMAN if n % 2 else Gender.MAN,
                birth_year=1960 + n % 40,
                region=Region.NARYN,
                settlement="Ат-Башы",
                claim_code=f"BULK{session.pk:04d}{n:06d}",
            )
            for n in range(count)
        ]
    )
    return Registration.objects.bulk_create(
        [Registration(session=session, participant=person) for person in people]
    )
