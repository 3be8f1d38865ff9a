"""Sessions: created and run by their trainer on the site, corrected by a coordinator; each bad
input refused with a message in her language and nothing written."""

from datetime import timedelta

import pytest
from django.urls import reverse

from audit.models import AuditEntry
from courses.models import TrainerQualification
from tests.factories import UserFactory, build_course
from tests.trainings.conftest import SESSION, TODAY, days_from
from trainings.models import Session, SessionDay
from trainings.services import (
    TrainingRefused,
    session_close,
    session_create,
    session_hold,
    session_update,
)
from trainings.signals import session_closed


def form_data(course, lead, **overrides):
    data = {
        "course": str(course.translation_key),
        "lead_trainer": lead.pk,
        "organisation": "Аялдар борбору",
        "venue": "Маданият үйү",
        "region": "naryn",
        "district": "Кочкор району",
        "settlement": "Кочкор",
        "settlement_type": "rural",
        "language": "ky",
        "capacity": "25",
        "required_share": "80",
        "day_0_date": TODAY().isoformat(),
        "day_0_hours": "6",
        "day_1_date": (TODAY() + timedelta(days=1)).isoformat(),
        "day_1_hours": "4,5",
        "once": "token-1",
    }
    return {**data, **overrides}


def test_a_trainer_creates_her_session_on_the_site(client_for, trainer, course):
    client = client_for(trainer)
    page = client.get(reverse("trainings:session_new")).content.decode()
    assert course.title in page
    response = client.post(reverse("trainings:session_new"), form_data(course, trainer))
    session = Session.objects.get()
    assert response["Location"] == reverse("trainings:session_detail", args=[session.pk])
    assert session.lead_trainer == trainer
    assert session.status == Session.Status.PLANNED
    assert [(d.date, str(d.hours)) for d in session.days.all()] == [
        (TODAY(), "6.0"),
        (TODAY() + timedelta(days=1), "4.5"),
    ]
    detail = client.get(response["Location"]).content.decode()
    assert course.title in detail
    assert "Маданият үйү" in detail


def test_a_double_click_creates_one_session(client_for, trainer, course):
    client = client_for(trainer)
    first = client.post(reverse("trainings:session_new"), form_data(course, trainer))
    second = client.post(reverse("trainings:session_new"), form_data(course, trainer))
    assert Session.objects.count() == 1
    assert second["Location"] == first["Location"]


def test_a_course_she_is_not_qualified_for_is_refused(client_for, other_trainer, course):
    with pytest.raises(TrainingRefused, match="квалификация"):
        session_create(
            by=other_trainer,
            course=course,
            lead_trainer=other_trainer,
            days=days_from(0),
            **SESSION,
        )
    assert not Session.objects.exists()
    # The form does not offer it, and a forged choice is refused in Kyrgyz.
    client = client_for(other_trainer)
    assert course.title not in client.get(reverse("trainings:session_new")).content.decode()
    page = client.post(reverse("trainings:session_new"), form_data(course, other_trainer))
    assert "Тренингдерин алып бара турган курсту тандаңыз." in page.content.decode()
    assert not Session.objects.exists()


def test_a_pending_qualification_does_not_let_her_lead(catalogue, course):
    tot = build_course(catalogue, title="ТоТ", modules=1, lessons=1, track="tot")
    tot.qualifies_for.add(course)
    tot.save_revision().publish()
    person = UserFactory(role="Trainer")
    qualification = TrainerQualification.objects.create(user=person, course_key=tot.translation_key)
    arguments = {"course": course, "lead_trainer": person, "days": days_from(0), **SESSION}
    with pytest.raises(TrainingRefused):
        session_create(by=person, **arguments)
    qualification.status = TrainerQualification.Status.QUALIFIED
    qualification.save()
    assert session_create(by=person, **arguments).lead_trainer == person


def test_overlapping_days_of_one_lead_trainer_are_refused(make_session, trainer):
    make_session(days=days_from(3, count=2), venue="Мектеп")
    with pytest.raises(TrainingRefused) as refused:
        make_session(days=days_from(4, count=2), venue="Клуб")
    assert "бир негизги тренер бир күнү эки тренингде боло албайт" in str(refused.value)
    assert (TODAY() + timedelta(days=4)).strftime("%d.%m.%Y") in str(refused.value)
    assert Session.objects.count() == 1
    assert SessionDay.objects.count() == 2


def test_another_trainer_may_hold_a_session_on_the_same_day(
    make_session, course, other_trainer, coordinator
):
    course.trainers.add(other_trainer)
    course.save_revision().publish()
    make_session(days=days_from(3))
    assert make_session(lead=other_trainer, by=coordinator, days=days_from(3)).pk


@pytest.mark.parametrize("hours", [0, -1, 25])
def test_hours_of_a_day_out_of_range_are_refused(make_session, hours):
    with pytest.raises(TrainingRefused, match="24"):
        make_session(days=[(TODAY(), hours)])
    assert not Session.objects.exists()


def test_a_day_given_twice_is_refused(make_session):
    with pytest.raises(TrainingRefused):
        make_session(days=[(TODAY(), 4), (TODAY(), 2)])
    assert not Session.objects.exists()


def test_a_trainer_creates_no_session_for_another_trainer(course, trainer, other_trainer):
    course.trainers.add(other_trainer)
    course.save_revision().publish()
    with pytest.raises(TrainingRefused, match="координатор"):
        session_create(
            by=trainer, course=course, lead_trainer=other_trainer, days=days_from(0), **SESSION
        )


def test_hold_then_close(session, trainer, django_capture_on_commit_callbacks):
    closed = []
    session_closed.connect(lambda sender, session, **kw: closed.append(session.pk), weak=False)
    try:
        session_hold(session=session, by=trainer)
        with django_capture_on_commit_callbacks(execute=True):
            session_close(session=session, by=trainer)
    finally:
        session_closed.receivers.clear()
    session.refresh_from_db()
    assert session.status == Session.Status.CLOSED
    assert session.closed_by == trainer
    assert closed == [session.pk]


def test_a_session_is_not_held_before_its_first_day(make_session, trainer):
    session = make_session(days=days_from(2))
    with pytest.raises(TrainingRefused):
        session_hold(session=session, by=trainer)
    session.refresh_from_db()
    assert session.status == Session.Status.PLANNED


def test_a_planned_session_is_not_closed(session, trainer):
    with pytest.raises(TrainingRefused):
        session_close(session=session, by=trainer)


def test_hold_and_close_buttons_twice(client_for, session, trainer):
    client = client_for(trainer)
    url = reverse("trainings:session_hold", args=[session.pk])
    client.post(url, {"once": "a"})
    client.post(url, {"once": "a"})
    client.post(reverse("trainings:session_close", args=[session.pk]), {"once": "b"})
    response = client.post(reverse("trainings:session_close", args=[session.pk]), {"once": "b"})
    session.refresh_from_db()
    assert session.status == Session.Status.CLOSED
    assert response.status_code == 302


def _closed(session, trainer):
    session_hold(session=session, by=trainer)
    return session_close(session=session, by=trainer)


def test_a_closed_session_is_not_changed_by_its_trainer(client_for, session, trainer):
    _closed(session, trainer)
    with pytest.raises(TrainingRefused) as refused:
        session_update(session=session, by=trainer, venue="Башка жер")
    assert str(refused.value) == "Тренинг жабылган: аны эми координатор гана өзгөртө алат."
    client = client_for(trainer)
    response = client.get(reverse("trainings:session_edit", args=[session.pk]), follow=True)
    assert "Тренинг жабылган" in response.content.decode()
    session.refresh_from_db()
    assert session.venue == SESSION["venue"]


def test_a_coordinator_corrects_a_closed_session_and_it_is_logged(session, trainer, coordinator):
    _closed(session, trainer)
    session_update(session=session, by=coordinator, venue="Маданият үйү")
    session.refresh_from_db()
    assert session.venue == "Маданият үйү"
    entry = AuditEntry.objects.get(what="trainings.session")
    assert entry.actor == coordinator
    assert entry.action == AuditEntry.Action.CHANGED
    assert "venue" in entry.detail


def test_a_change_of_days_is_checked_for_overlaps(make_session, trainer):
    make_session(days=days_from(5))
    second = make_session(days=days_from(7))
    with pytest.raises(TrainingRefused):
        session_update(session=second, by=trainer, days=days_from(5))
    assert list(second.days.values_list("date", flat=True)) == [TODAY() + timedelta(days=7)]


def test_the_edit_form_saves_a_change(client_for, session, trainer, course):
    client = client_for(trainer)
    data = form_data(course, trainer, venue="Жаңы зал", day_1_date="", day_1_hours="")
    response = client.post(reverse("trainings:session_edit", args=[session.pk]), data)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.venue == "Жаңы зал"
    assert session.capacity == 25


def test_a_trainer_lists_her_own_sessions_a_coordinator_all(
    client_for, make_session, course, trainer, other_trainer, coordinator
):
    course.trainers.add(other_trainer)
    course.save_revision().publish()
    make_session(settlement="Кочкор")
    make_session(lead=other_trainer, by=coordinator, settlement="Ат-Башы", region="naryn")
    mine = client_for(trainer).get(reverse("trainings:session_list")).content.decode()
    assert "Кочкор" in mine and "Ат-Башы" not in mine
    everyone = client_for(coordinator).get(reverse("trainings:session_list")).content.decode()
    assert "Кочкор" in everyone and "Ат-Башы" in everyone
    held = client_for(coordinator).get(reverse("trainings:session_list"), {"status": "held"})
    assert "Кочкор" not in held.content.decode()


def test_another_trainer_does_not_see_the_session(client_for, session, other_trainer):
    response = client_for(other_trainer).get(reverse("trainings:session_detail", args=[session.pk]))
    assert response.status_code == 404


def test_the_next_page_keeps_the_filters(client_for, make_session, coordinator, monkeypatch):
    monkeypatch.setattr("trainings.views.PAGE_SIZE", 2)
    for offset in (0, 2, 4):
        make_session(days=days_from(offset), settlement="Кочкор")
    page = client_for(coordinator).get(reverse("trainings:session_list"), {"region": "naryn"})
    assert 'href="?region=naryn&amp;page=2"' in page.content.decode()
