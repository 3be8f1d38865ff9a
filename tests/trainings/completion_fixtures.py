"""Sessions, days, participants and attendance made directly with the models (the session services
are another part's), for the completion and certificate tests."""

import itertools
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from courses.models import Enrolment
from quizzes.models import Attempt
from trainings.models import Attendance, Participant, Registration, Session, SessionDay

_codes = itertools.count(1)
FIRST_DAY = date(2026, 12, 3)


def make_session(course, trainer, *, days=(Decimal("5"), Decimal("5")), language="ky", **fields):
    fields = {
        "venue": "Маданият үйү",
        "region": "naryn",
        "settlement": "Нарын",
        "settlement_type": "urban",
        "capacity": 30,
        **fields,
    }
    session = Session.objects.create(
        course_key=course.translation_key, lead_trainer=trainer, language=language, **fields
    )
    for n, hours in enumerate(days):
        SessionDay.objects.create(session=session, date=FIRST_DAY + timedelta(days=n), hours=hours)
    return session


def make_participant(*, user=None, full_name="Гүлнара Асанова", gender="woman", **fields):
    return Participant.objects.create(
        user=user,
        full_name=full_name,
        gender=gender,
        claim_code=f"KX{next(_codes):04d}TQ",
        **fields,
    )


def register(session, participant, *hours, post_test_passed=None) -> Registration:
    """Registered, and present each day for the hours given (None: absent that day)."""
    registration = Registration.objects.create(
        session=session, participant=participant, post_test_passed=post_test_passed
    )
    for day, typed in zip(session.days.order_by("date"), hours, strict=False):
        Attendance.objects.create(
            registration=registration,
            day=day,
            present=typed is not None,
            hours=typed or 0,
        )
    return registration


def pass_online(user, quiz, course, *, passed=True, when=None) -> Attempt:
    """A submitted attempt at the quiz by her account, as the quizzes app stores one."""
    enrolment, _ = Enrolment.objects.get_or_create(user=user, course_key=course.translation_key)
    return Attempt.objects.create(
        user=user,
        enrolment=enrolment,
        lesson_key=course.translation_key,
        block_id="post-test",
        quiz_key=quiz.translation_key,
        quiz_title=quiz.title,
        language="ky",
        number=Attempt.objects.filter(enrolment=enrolment).count() + 1,
        pass_mark=70,
        show_answers="never",
        questions=[],
        status=Attempt.Status.SUBMITTED,
        submitted_at=when or timezone.make_aware(timezone.datetime(2026, 12, 4, 15)),
        score=Decimal("90") if passed else Decimal("40"),
        passed=passed,
    )
