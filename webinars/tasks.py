from celery import shared_task

from webinars import services


@shared_task
def webinar_reminders_send(now=None) -> int:
    """Run by Celery beat every five minutes: the reminders that are due, each once."""
    return services.webinar_reminders_send(now=now)
