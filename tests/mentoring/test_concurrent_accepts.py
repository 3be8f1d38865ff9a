"""Two accepts at the same moment, each on its own database connection (a thread each), on
PostgreSQL: the mentor's and the mentee's rows are locked before the active agreements are
counted, so only the allowed number are accepted and the other is told why."""

import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from mentoring import services
from mentoring.models import Agreement, Request
from tests.factories import UserFactory
from tests.mentoring.conftest import make_mentor

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite has no row locks (select_for_update is a no-op) and "
        "serialises writers itself; run with DATABASE_URL=postgres://…",
    ),
]

AT_ONCE = 6


def accept_all_at_once(requests) -> tuple[list[Agreement], list[str]]:
    barrier = threading.Barrier(len(requests))
    made, refused, errors = [], [], []

    def one(request):
        try:
            barrier.wait(timeout=30)
            today = timezone.localdate()
            made.append(
                services.accept(
                    request,
                    mentor=request.mentor,
                    answer="Макулмун",
                    goals=request.goals,
                    starts_on=today,
                    ends_on=services.add_months(today, 2),
                    frequency="weekly",
                )
            )
        except services.MentoringRefused as refusal:
            refused.append(str(refusal))
        except Exception as error:  # noqa: BLE001 (every failure is reported, not raised)
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one, args=(request,)) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return made, refused


def test_a_mentor_with_room_for_two_accepts_six_at_once_and_only_two_start():
    mentor = make_mentor(capacity=2).user
    requests = [
        services.request_send(mentee=UserFactory(), mentor=mentor, goals=f"Максат {n}")
        for n in range(AT_ONCE)
    ]
    made, refused = accept_all_at_once(requests)
    assert len(made) == 2
    assert Agreement.objects.active().filter(mentor=mentor).count() == 2
    assert refused == ["Профилиңиз уруксат берген сандагы насаат алуучуларыңыз бар (2)."] * (
        AT_ONCE - 2
    )
    assert Request.objects.filter(mentor=mentor, status=Request.Status.PENDING).count() == 4


def test_six_mentors_accept_one_mentee_at_once_and_only_one_starts():
    mentee = UserFactory()
    requests = [
        services.request_send(mentee=mentee, mentor=make_mentor().user, goals="Жетекчилик")
        for _ in range(AT_ONCE)
    ]
    made, refused = accept_all_at_once(requests)
    assert len(made) == 1
    assert Agreement.objects.active().filter(mentee=mentee).count() == 1
    assert refused == [
        "Бул насаат алуучунун уруксат берилген сандагы активдүү макулдашуулары бар (1)."
    ] * (AT_ONCE - 1)
