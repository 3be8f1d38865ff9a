import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings

from outbox.selectors import emails_unsent
from outbox.services import email_deliver

logger = logging.getLogger(__name__)


@shared_task(ignore_result=True)
def outbox_send(email_id: int) -> None:
    """Send one kept email (idempotent). A failure stays on the row for beat to try again,
    rather than raising: with eager tasks it would reach the request that queued it."""
    try:
        email_deliver(email_id=email_id)
    except Exception:
        logger.warning("Email %s not sent; beat will try again", email_id, exc_info=True)


@shared_task(ignore_result=True)
def outbox_send_batch(email_ids: list[int]) -> None:
    """Send several kept emails (outbox.services.emails_queue); each is sent once, and one that
    fails stays on its row for beat without stopping the others."""
    for email_id in email_ids:
        outbox_send(email_id)


@shared_task(ignore_result=True)
def outbox_flush() -> int:
    """Run by Celery beat: send the emails still unsent a while after they were kept (the
    broker was down, or the mail server refused), up to OUTBOX_MAX_ATTEMPTS tries each; after
    that they wait on the coordinators' page. Returns how many were sent."""
    sent = 0
    due = emails_unsent(older_than=timedelta(minutes=1)).filter(
        attempts__lt=settings.OUTBOX_MAX_ATTEMPTS
    )
    for email_id in due.values_list("pk", flat=True)[:500]:
        try:
            sent += email_deliver(email_id=email_id)
        except Exception:
            logger.warning("Email %s not sent", email_id, exc_info=True)
    return sent
