"""Tasks go through a real broker to a real worker process, which reads the test database."""

import re

import pytest
from django.db import transaction

from outbox.models import OutgoingEmail
from outbox.services import email_queue
from tests.broker.conftest import wait_for_mail
from tests.factories import UserFactory

# Committed for real, so that the worker sees the kept emails; the migrations' data (roles) is
# restored first, whatever earlier transactional tests flushed.
pytestmark = [
    pytest.mark.broker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_worker_sends_a_kept_email(start_worker, broker):
    start_worker()
    with transaction.atomic():
        email_queue(to="aigul@example.kg", subject="Салам", body="Теңдик: сынак кат")
    [message] = wait_for_mail(broker["outbox"])
    assert message["To"] == "aigul@example.kg"
    assert message["Subject"] == "Салам"
    assert "Теңдик: сынак кат" in message.get_content()


def test_an_email_kept_while_no_worker_runs_is_sent_when_one_starts(start_worker, broker):
    with transaction.atomic():
        email = email_queue(to="nurlan@example.kg", subject="Кезекте", body="kept in the broker")
    assert list(broker["outbox"].iterdir()) == []
    assert OutgoingEmail.objects.get(pk=email.pk).sent_at is None
    start_worker()
    [message] = wait_for_mail(broker["outbox"])
    assert message["To"] == "nurlan@example.kg"


def test_password_reset_email_is_sent_by_the_worker(client, start_worker, broker):
    person = UserFactory(email="jyldyz@example.kg")
    start_worker()
    response = client.post("/ru/account/password-reset/", {"email": "jyldyz@example.kg"})
    assert response.status_code == 302
    [message] = wait_for_mail(broker["outbox"])
    body = message.get_content()
    link = re.search(r"https?://[^/\s]+(/ru/account/password-reset/\S+/)", body).group(1)
    assert person.full_name in body
    assert client.get(link, follow=True).context["validlink"] is True
