"""Tasks go through a real broker to a real worker process."""

import re

import pytest
from people.tasks import email_send

from tests.broker.conftest import wait_for_mail
from tests.factories import UserFactory

pytestmark = pytest.mark.broker


def test_worker_sends_a_queued_email(start_worker, broker):
    start_worker()
    email_send.delay(subject="Салам", body="Теңдик: сынак кат", to=["aigul@example.kg"])
    [message] = wait_for_mail(broker["outbox"])
    assert message["To"] == "aigul@example.kg"
    assert message["Subject"] == "Салам"
    assert "Теңдик: сынак кат" in message.get_content()


def test_a_task_queued_while_no_worker_runs_is_done_when_one_starts(start_worker, broker):
    email_send.delay(subject="Кезекте", body="kept in the broker", to=["nurlan@example.kg"])
    assert list(broker["outbox"].iterdir()) == []
    start_worker()
    [message] = wait_for_mail(broker["outbox"])
    assert message["To"] == "nurlan@example.kg"


@pytest.mark.django_db
def test_password_reset_email_is_sent_by_the_worker(
    client, start_worker, broker, django_capture_on_commit_callbacks
):
    person = UserFactory(email="jyldyz@example.kg")
    start_worker()
    # The view enqueues on commit; the test's transaction never commits, so run those callbacks.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ru/account/password-reset/", {"email": "jyldyz@example.kg"})
    assert response.status_code == 302
    [message] = wait_for_mail(broker["outbox"])
    body = message.get_content()
    link = re.search(r"https?://[^/\s]+(/ru/account/password-reset/\S+/)", body).group(1)
    assert person.full_name in body
    assert client.get(link, follow=True).context["validlink"] is True
