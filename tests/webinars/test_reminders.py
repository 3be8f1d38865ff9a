from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import UserFactory
from tests.webinars.conftest import make_webinar
from webinars.models import ReminderSent
from webinars.services import registration_create
from webinars.tasks import webinar_reminders_send

pytestmark = pytest.mark.django_db


def test_beat_schedule_runs_the_reminders(settings):
    tasks = [entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()]
    assert "webinars.tasks.webinar_reminders_send" in tasks


def test_confirmation_in_the_registrants_language(
    webinar, mailoutbox, django_capture_on_commit_callbacks
):
    ky, ru = UserFactory(preferred_language="ky"), UserFactory(preferred_language="ru")
    with django_capture_on_commit_callbacks(execute=True):
        registration_create(user=ky, webinar=webinar)
        registration_create(user=ru, webinar=webinar)
    by_person = {message.to[0]: message for message in mailoutbox}
    assert by_person[ky.email].subject.startswith("Сиз катталдыңыз")
    assert "Бишкек убактысы" in by_person[ky.email].body
    assert by_person[ru.email].subject.startswith("Вы зарегистрированы")


def test_day_and_hour_reminders_sent_once_each(
    series, mailoutbox, django_capture_on_commit_callbacks
):
    now = timezone.now()
    webinar = make_webinar(series, start=now + timedelta(hours=20), capacity=5)
    person = UserFactory(preferred_language="ky")
    waiting_or_cancelled = UserFactory()
    registration = registration_create(user=person, webinar=webinar)
    other = registration_create(user=waiting_or_cancelled, webinar=webinar)
    other.status = "cancelled"
    other.save()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert webinar_reminders_send(now=now) == 1
        assert webinar_reminders_send(now=now) == 0  # the next beat run: nothing twice
        assert webinar_reminders_send(now=now + timedelta(minutes=5)) == 0
    assert [m.subject for m in mailoutbox] == [f"Эртең: {webinar.title}"]
    # 50 minutes before the start: the hour reminder, once.
    later = webinar.start - timedelta(minutes=50)
    with django_capture_on_commit_callbacks(execute=True):
        assert webinar_reminders_send(now=later) == 1
        assert webinar_reminders_send(now=later) == 0
    assert mailoutbox[-1].subject == f"Бир сааттан кийин: {webinar.title}"
    kinds = set(
        ReminderSent.objects.filter(registration=registration).values_list("kind", flat=True)
    )
    assert kinds == {"confirmation", "day", "hour"}
    assert not ReminderSent.objects.filter(registration=other).exclude(kind="confirmation").exists()


def test_registering_within_the_hour_gets_no_day_reminder(
    series, mailoutbox, django_capture_on_commit_callbacks
):
    now = timezone.now()
    webinar = make_webinar(series, start=now + timedelta(minutes=40))
    with django_capture_on_commit_callbacks(execute=True):
        registration_create(user=UserFactory(), webinar=webinar)
        webinar_reminders_send(now=now)
    assert sorted(ReminderSent.objects.values_list("kind", flat=True)) == ["confirmation", "hour"]
    assert len(mailoutbox) == 2


def test_a_reminder_record_is_written_before_the_email_is_queued(webinar, learner):
    from django.db import IntegrityError, transaction

    registration = registration_create(user=learner, webinar=webinar)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReminderSent.objects.create(registration=registration, kind="confirmation")
