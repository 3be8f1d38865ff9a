"""With the broker unreachable, a password reset answers normally; the email is kept in the
outbox and sent, once, when the worker can."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from outbox.models import OutgoingEmail
from outbox.tasks import outbox_flush
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _age(minutes: int = 5) -> None:
    """The kept emails were written a while ago (beat takes up only those older than a minute)."""
    OutgoingEmail.objects.update(created=timezone.now() - timedelta(minutes=minutes))


def test_password_reset_while_the_broker_is_down_answers_and_is_sent_later(
    client, broker_down, django_capture_on_commit_callbacks
):
    person = UserFactory(email="jyldyz@example.kg")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ru/account/password-reset/", {"email": person.email})
    assert response.status_code == 302
    assert response.url == "/ru/account/password-reset/sent/"
    [email] = OutgoingEmail.objects.all()
    assert email.sent_at is None and email.language == "ru"
    assert "/ru/account/password-reset/" in email.body

    _age()
    outbox_flush()
    outbox_flush()
    assert [message.to for message in mail.outbox] == [[person.email]]
    assert "/ru/account/password-reset/" in mail.outbox[0].body


def test_with_the_broker_up_the_email_is_sent_at_once(client, django_capture_on_commit_callbacks):
    person = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ky/account/password-reset/", {"email": person.email})
    assert len(mail.outbox) == 1
    assert OutgoingEmail.objects.get().sent_at is not None
