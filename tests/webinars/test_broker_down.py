"""With the broker unreachable, registering answers normally; the confirmation is kept in the
outbox and sent, once, when the worker can."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from outbox.models import OutgoingEmail
from outbox.tasks import outbox_flush, outbox_send
from webinars.models import Registration

pytestmark = pytest.mark.django_db


def _age(minutes: int = 5) -> None:
    """The kept emails were written a while ago (beat takes up only those older than a minute)."""
    OutgoingEmail.objects.update(created=timezone.now() - timedelta(minutes=minutes))


def test_registering_while_the_broker_is_down_answers_and_keeps_the_email(
    client_for, learner, webinar, broker_down, django_capture_on_commit_callbacks
):
    client = client_for(learner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("webinars:register", kwargs={"page_id": webinar.pk}), follow=True
        )
    assert response.status_code == 200
    assert Registration.objects.get(user=learner).status == Registration.Status.REGISTERED
    [email] = OutgoingEmail.objects.all()
    assert email.to == learner.email and email.sent_at is None
    assert webinar.title in email.subject
    assert mail.outbox == []

    # The broker is back: beat's flush sends it, once, however often it runs.
    _age()
    assert outbox_flush() == 1
    assert outbox_flush() == 0
    outbox_send(email.pk)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [learner.email]
    email.refresh_from_db()
    assert email.sent_at is not None and email.attempts == 1
    assert email.body == ""  # nothing of the message outlives its delivery
