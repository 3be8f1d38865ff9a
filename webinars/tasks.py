from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from webinars.emails import email_once
from webinars.models import Registration, ReminderSent, WebinarPage

# (kind, the reminder is due when the start is at most this far away, but more than `after`).
WINDOWS = [
    (ReminderSent.Kind.DAY, timedelta(days=1), timedelta(hours=1)),
    (ReminderSent.Kind.HOUR, timedelta(hours=1), timedelta(0)),
]


@shared_task
def webinar_reminders_send(now=None) -> int:
    """Run by Celery beat every five minutes: the day and the hour reminders that are due, each
    once (ReminderSent is unique per registration and kind). Returns how many were queued."""
    now = now or timezone.now()
    sent = 0
    for kind, within, after in WINDOWS:
        webinars = {
            page.translation_key: page
            for page in WebinarPage.objects.live().filter(
                start__gt=now + after, start__lte=now + within
            )
        }
        due = (
            Registration.objects.filter(
                webinar_key__in=webinars, status=Registration.Status.REGISTERED
            )
            .exclude(reminders__kind=kind)
            .select_related("user")
        )
        for registration in due:
            sent += email_once(
                registration=registration, webinar=webinars[registration.webinar_key], kind=kind
            )
    return sent
