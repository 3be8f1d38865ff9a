"""Attendance typed in on the grid, and headcounts: what is stored, what is refused (nothing
half-written), who may, and a query count that does not grow with the session."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from people.roles import Role
from tests.factories import UserFactory
from tests.trainings.attendance_fixtures import (
    make_participant,
    make_session,
    register,
    register_many,
)
from trainings.attendance import (
    AttendanceRefused,
    AttendanceRow,
    attendance_record,
    headcount_record,
)
from trainings.models import Attendance, Headcount, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(course, trainer):
    session = make_session(course, trainer, hours="6")
    session.aigul = register(session, make_participant("Айгүл Өмүрова"))
    session.nurlan = register(session, make_participant("Нурлан Үсөнов"))
    return session


def grid_url(session, day, language="ky"):
    return f"/{language}/trainings/{session.pk}/attendance/{day.pk}/"


def grid_post(registrations, **rows):
    """The grid's form as a browser sends it: {registration: (present, hours)}."""
    data = {"row": [str(registration.pk) for registration in registrations]}
    for registration in registrations:
        present, hours = rows.get(f"r{registration.pk}", (False, ""))
        if present:
            data[f"present-{registration.pk}"] = "on"
        data[f"hours-{registration.pk}"] = hours
    return data


def test_the_grid_saves_the_day_and_shows_what_was_stored(session, trainer, client_for):
    day = session.days.first()
    client = client_for(trainer)
    page = client.get(grid_url(session, day))
    assert page.status_code == 200
    assert "Айгүл Өмүрова" in page.text and "Нурлан Үсөнов" in page.text
    # Each row's hours default to the day's.
    assert f'name="hours-{session.aigul.pk}" value="6"' in page.text

    data = grid_post(
        [session.aigul, session.nurlan],
        **{f"r{session.aigul.pk}": (True, "4,5"), f"r{session.nurlan.pk}": (False, "6")},
    )
    response = client.post(grid_url(session, day), data, follow=True)

    assert response.status_code == 200
    assert "Катышуу сакталды: 2 адамдан 1 катышты." in response.text
    stored = {row.registration_id: row for row in Attendance.objects.filter(day=day)}
    assert stored[session.aigul.pk].present and stored[session.aigul.pk].hours == Decimal("4.5")
    assert not stored[session.nurlan.pk].present and stored[session.nurlan.pk].hours == 0
    assert stored[session.aigul.pk].recorded_by == trainer
    assert f'name="hours-{session.aigul.pk}" value="4,5"' in response.text
    assert f'id="present-{session.aigul.pk}" name="present-{session.aigul.pk}" checked' in (
        response.text
    )


def test_present_with_the_hours_left_empty_is_the_whole_day(session, trainer, client_for):
    day = session.days.first()
    data = grid_post([session.aigul], **{f"r{session.aigul.pk}": (True, "")})
    client_for(trainer).post(grid_url(session, day), data)
    assert Attendance.objects.get(registration=session.aigul, day=day).hours == Decimal("6")


def test_a_second_save_changes_the_stored_rows_not_adds_to_them(session, trainer):
    day = session.days.first()
    for hours in ("6", "3"):
        attendance_record(
            session=session,
            day=day,
            rows=[AttendanceRow(session.aigul.pk, True, Decimal(hours))],
            by=trainer,
        )
    assert Attendance.objects.get().hours == Decimal("3")


def test_hours_above_the_days_are_refused_in_kyrgyz_and_nothing_is_saved(
    session, trainer, client_for
):
    day = session.days.first()
    data = grid_post(
        [session.aigul, session.nurlan],
        **{f"r{session.aigul.pk}": (True, "5"), f"r{session.nurlan.pk}": (True, "9")},
    )
    response = client_for(trainer).post(grid_url(session, day), data)

    assert response.status_code == 400
    assert "Эч нерсе сакталган жок" in response.text
    assert "Нурлан Үсөнов: 9 саат күндүн 6 саатынан көп." in response.text
    assert not Attendance.objects.exists()  # Айгүл's good row is not saved either
    # What she typed is kept for her to correct.
    assert f'name="hours-{session.nurlan.pk}" value="9"' in response.text


def test_hours_that_are_no_number_are_refused_in_russian(session, trainer, client_for):
    day = session.days.first()
    data = grid_post([session.aigul], **{f"r{session.aigul.pk}": (True, "шесть")})
    response = client_for(trainer).post(grid_url(session, day, "ru"), data)
    assert response.status_code == 400
    assert "Айгүл Өмүрова: «шесть» — не число часов." in response.text
    assert not Attendance.objects.exists()


def test_a_row_of_another_session_is_refused(session, course, trainer):
    other = make_session(course, trainer)
    stranger = register(other, make_participant("Башка Адам"))
    with pytest.raises(AttendanceRefused) as refusal:
        attendance_record(
            session=session,
            day=session.days.first(),
            rows=[AttendanceRow(session.aigul.pk, True), AttendanceRow(stranger.pk, True)],
            by=trainer,
        )
    assert refusal.value.by_row == {stranger.pk: ["Бул адам тренингдин катышуучусу эмес."]}
    assert not Attendance.objects.exists()


def test_a_closed_session_is_changed_by_a_coordinator_only(
    session, trainer, coordinator, client_for
):
    day = session.days.first()
    session.status = Session.Status.CLOSED
    session.save()
    data = grid_post([session.aigul], **{f"r{session.aigul.pk}": (True, "6")})

    # Her trainer still reads the day, without a form, and cannot post.
    page = client_for(trainer).get(grid_url(session, day))
    assert page.status_code == 200
    assert "координатор гана өзгөртө алат" in page.text
    assert '<form method="post" class="attendance-grid"' not in page.text
    assert client_for(trainer).post(grid_url(session, day), data).status_code == 404
    with pytest.raises(AttendanceRefused):
        attendance_record(
            session=session, day=day, rows=[AttendanceRow(session.aigul.pk, True)], by=trainer
        )
    assert not Attendance.objects.exists()

    response = client_for(coordinator).post(grid_url(session, day), data)
    assert response.status_code == 302
    assert Attendance.objects.get().recorded_by == coordinator


def test_a_co_trainer_records_another_trainer_cannot(session, client_for):
    day = session.days.first()
    co_trainer, stranger = UserFactory(role=Role.TRAINER), UserFactory(role=Role.TRAINER)
    session.co_trainers.add(co_trainer)
    data = grid_post([session.aigul], **{f"r{session.aigul.pk}": (True, "6")})
    assert client_for(stranger).post(grid_url(session, day), data).status_code == 404
    assert client_for(co_trainer).post(grid_url(session, day), data).status_code == 302
    assert Attendance.objects.count() == 1


def test_an_empty_post_is_refused_as_malformed(session, trainer, client_for):
    response = client_for(trainer).post(grid_url(session, session.days.first()), {})
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def _save_grid_queries(client, session, day, registrations) -> int:
    data = grid_post(registrations, **{f"r{r.pk}": (True, "5") for r in registrations})
    with CaptureQueriesContext(connection) as queries:
        response = client.post(grid_url(session, day), data)
    assert response.status_code == 302
    return len(queries)


def test_saving_the_grid_takes_as_many_queries_for_40_people_as_for_10(course, trainer, client_for):
    small, large = make_session(course, trainer), make_session(course, trainer)
    ten, forty = register_many(small, 10), register_many(large, 40)
    small_day, large_day = small.days.first(), large.days.first()
    # Each with its own browser: a first save (inserts, and her session's first message),
    # then a second (updates).
    small_client, large_client = client_for(trainer), client_for(trainer)
    first = [
        _save_grid_queries(small_client, small, small_day, ten),
        _save_grid_queries(large_client, large, large_day, forty),
    ]
    second = [
        _save_grid_queries(small_client, small, small_day, ten),
        _save_grid_queries(large_client, large, large_day, forty),
    ]
    assert first[0] == first[1] and second[0] == second[1], (first, second)
    assert Attendance.objects.filter(day=large_day, present=True).count() == 40


# Headcounts


def headcount_url(session, day, language="ky"):
    return f"/{language}/trainings/{session.pk}/headcount/{day.pk}/"


def test_a_headcount_is_stored_by_gender_and_age_band(session, trainer, client_for):
    day = session.days.first()
    client = client_for(trainer)
    page = client.get(headcount_url(session, day))
    assert page.status_code == 200
    assert "60 жана андан улуу" in page.text
    assert "сертификат берилбейт" in page.text

    response = client.post(
        headcount_url(session, day),
        {"count-woman-18_29": "120", "count-man-60_plus": "35", "count-woman-30_44": ""},
        follow=True,
    )

    assert "Эсеп сакталды: 155 адам." in response.text
    counts = {(h.gender, h.age_band): h.count for h in Headcount.objects.filter(day=day)}
    assert counts[("woman", "18_29")] == 120 and counts[("man", "60_plus")] == 35
    assert counts[("woman", "30_44")] == 0
    assert 'name="count-woman-18_29" value="120"' in response.text
    assert "Азырынча эсептелгени: 155." in response.text


def test_a_headcount_that_is_no_whole_number_saves_nothing(session, trainer, client_for):
    day = session.days.first()
    response = client_for(trainer).post(
        headcount_url(session, day, "ru"), {"count-woman-18_29": "12", "count-man-18_29": "-3"}
    )
    assert response.status_code == 400
    assert "Мужчина, 18–29: укажите целое число от 0 до 100000." in response.text
    assert not Headcount.objects.exists()


def test_a_headcount_of_a_closed_session_is_refused_to_its_trainer(session, trainer):
    session.status = Session.Status.CLOSED
    with pytest.raises(AttendanceRefused):
        headcount_record(
            session=session, day=session.days.first(), counts={("woman", "18_29"): 3}, by=trainer
        )
    assert not Headcount.objects.exists()
