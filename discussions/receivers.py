"""A post that becomes visible (written so, or approved or restored by a moderator) tells its
thread's followers, once."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from community.models import Visibility
from discussions.models import Post
from discussions.notifications import notices_make


@receiver(post_save, sender=Post, dispatch_uid="discussions_post_visible")
def post_visible(sender, instance: Post, raw=False, **kwargs):
    if not raw and instance.visibility == Visibility.VISIBLE and not instance.notified:
        notices_make(instance)
