"""Work that leaves a request: emails, and Celery tasks queued once the request's data is stored.

A broker that is down must never turn a stored request into an error page. Emails are rows of
OutgoingEmail, written in the caller's transaction; every enqueue from a request goes through
`enqueue_on_commit`, which keeps a broker failure to the log. What was not sent is taken up by
Celery beat (outbox.tasks.outbox_flush, and each app's own task for its queued work) or by a
coordinator on the page of stuck work."""

import logging
import time

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from kombu.exceptions import OperationalError

from outbox.models import OutgoingEmail

logger = logging.getLogger(__name__)

# What publishing a message raises when the broker cannot be reached (kombu wraps the
# transport's connection errors in OperationalError; a socket error may come through bare).
BROKER_ERRORS = (OperationalError, OSError)
# After a failure this process stops trying for a while: each try waits for kombu's retries
# (about a second), and a cohort of a thousand welcome emails must not wait a thousand times.
PAUSE_AFTER_FAILURE = 30.0
_broker_down_until = 0.0


def enqueue(task, *args, **kwargs) -> bool:
    """Queue `task` now; False (and a log line) when the broker cannot be reached."""
    global _broker_down_until
    if time.monotonic() < _broker_down_until:
        logger.warning("Not queueing %s%r: the broker was unreachable just now", task.name, args)
        return False
    try:
        task.delay(*args, **kwargs)
    except BROKER_ERRORS:
        _broker_down_until = time.monotonic() + PAUSE_AFTER_FAILURE
        logger.warning("Could not queue %s%r: broker unreachable", task.name, args, exc_info=True)
        return False
    return True


def enqueue_on_commit(task, *args, **kwargs) -> None:
    """Queue `task` once the current transaction has committed, never failing the request."""
    transaction.on_commit(lambda: enqueue(task, *args, **kwargs))


def email_queue(
    *, to: str, subject: str, body: str, html: str = "", language: str | None = None
) -> OutgoingEmail:
    """Keep an email to send, in the caller's transaction, and ask the worker to send it after
    commit. The one way the site sends mail. `language`: the one it is written in (the active
    one unless given), shown to coordinators when it is stuck."""
    [email] = emails_queue(
        [{"to": to, "subject": subject, "body": body, "html": html, "language": language}]
    )
    return email


def emails_queue(messages: list[dict]) -> list[OutgoingEmail]:
    """email_queue for many at once (a cohort's welcome emails): one insert, and after commit a
    task per EMAIL_BATCH emails rather than one per email (what the broker did not take, beat's
    flush sends)."""
    from outbox.tasks import outbox_send_batch

    active = translation.get_language() or ""
    emails = OutgoingEmail.objects.bulk_create(
        OutgoingEmail(
            to=message["to"],
            subject=message["subject"][:255],
            body=message["body"],
            html=message.get("html", ""),
            language=message.get("language") or active,
        )
        for message in messages
    )
    ids, batch = [email.pk for email in emails], settings.EMAIL_BATCH

    def queue():
        for start in range(0, len(ids), batch):
            enqueue(outbox_send_batch, ids[start : start + batch])

    transaction.on_commit(queue)
    return emails


def email_deliver(*, email_id: int) -> bool:
    """Send one kept email, once: True if this call sent it. Two workers holding the same id
    (the on-commit message and beat's flush) wait for each other on the row's lock, and the
    second finds it sent. A failure is recorded on the row and raised."""
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update()
            .filter(pk=email_id, sent_at__isnull=True)
            .first()
        )
        if email is None:
            return False
        message = EmailMultiAlternatives(
            email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to]
        )
        if email.html:
            message.attach_alternative(email.html, "text/html")
        try:
            message.send()
        except Exception as error:
            failure = error
        else:
            email.sent_at = timezone.now()
            email.attempts += 1
            email.last_error = ""
            email.body = email.html = ""
            email.save(update_fields=["sent_at", "attempts", "last_error", "body", "html"])
            return True
    OutgoingEmail.objects.filter(pk=email_id).update(
        attempts=F("attempts") + 1, last_error=repr(failure)[:2000]
    )
    raise failure


def email_retry(*, email: OutgoingEmail) -> bool:
    """A coordinator asks again for an email that was not sent: False if the broker is down."""
    from outbox.tasks import outbox_send

    return enqueue(outbox_send, email.pk)
