from celery import shared_task

from discussions import notifications


@shared_task
def discussion_digests_send() -> int:
    """Run by Celery beat every hour: the daily digests that are due, each once."""
    return notifications.digests_send()
