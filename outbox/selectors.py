from datetime import timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from outbox.models import OutgoingEmail


def stuck_after() -> timedelta:
    """How long queued work may wait before it counts as stuck (beat takes it up, and the
    coordinators' page lists it)."""
    return timedelta(minutes=settings.STUCK_AFTER_MINUTES)


def emails_unsent(*, older_than: timedelta | None = None) -> QuerySet[OutgoingEmail]:
    cutoff = timezone.now() - (stuck_after() if older_than is None else older_than)
    return OutgoingEmail.objects.filter(sent_at__isnull=True, created__lt=cutoff)
