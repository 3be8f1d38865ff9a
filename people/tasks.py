from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage, get_connection, send_mail


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def email_send(*, subject: str, body: str, to: list[str]) -> None:
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def emails_send(*, messages: list[dict]) -> None:
    """Several emails over one connection (people.services.emails_send_later). A retry after a
    broken connection sends the batch again, so keep batches small."""
    with get_connection() as connection:
        connection.send_messages(
            [
                EmailMessage(
                    message["subject"], message["body"], settings.DEFAULT_FROM_EMAIL, message["to"]
                )
                for message in messages
            ]
        )
