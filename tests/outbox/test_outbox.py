import pytest
from django.core import mail

from outbox.models import OutgoingEmail
from outbox.services import email_deliver
from outbox.tasks import outbox_send

pytestmark = pytest.mark.django_db


def test_a_mail_server_that_refuses_leaves_the_email_for_the_next_try(db, monkeypatch):
    email = OutgoingEmail.objects.create(to="aigul@example.kg", subject="Салам", body="Теңдик")

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    outbox_send(email.pk)  # the worker's task records the failure, raises nothing
    email.refresh_from_db()
    assert email.sent_at is None and email.attempts == 1
    assert "mail server down" in email.last_error
    monkeypatch.undo()
    assert email_deliver(email_id=email.pk) is True
    assert email_deliver(email_id=email.pk) is False
    assert len(mail.outbox) == 1
