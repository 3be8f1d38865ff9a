from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from webinars.models import WebinarPage


@receiver(page_published, sender=WebinarPage)
def promote_after_publish(sender, instance, **kwargs):
    """A coordinator raised the capacity: the waiting list fills the new places, in order."""
    from webinars.services import waiting_list_promote

    transaction.on_commit(lambda: waiting_list_promote(webinar=instance))
