"""Emails about new replies, in each member's language, through the outbox.

Who follows a thread (its author and those who replied) is told of a reply once it is visible
(a pending post waits for its approval, a hidden one is never sent): at most a daily digest by
default, or an email for each reply, or nothing, as she chose (Preference). A notice is marked
sent in the same transaction as the email is kept, so a retried task sends nothing twice.
Nobody hears of a post by someone she blocked."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from community.models import Block, Visibility
from discussions.markdown import plain
from discussions.models import Follow, Frequency, Notice, Post, Preference, Thread
from outbox.services import email_queue
from people.models import User

DIGEST_EVERY = timedelta(hours=23)  # beat runs hourly; a digest at most once a day


def notices_make(post: Post) -> None:
    """A post became visible: a notice for each follower who wants to hear of it."""
    if not Post.objects.filter(pk=post.pk, notified=False).update(notified=True):
        return  # made already
    post.notified = True
    Thread.objects.filter(pk=post.thread_id, last_activity_at__lt=post.created_at).update(
        last_activity_at=post.created_at
    )
    followers = (
        Follow.objects.filter(thread_id=post.thread_id)
        .exclude(member_id=post.author_id)
        .exclude(member_id__in=Block.objects.filter(blocked_id=post.author_id).values("blocker"))
        .exclude(member__discussion_preference__frequency=Frequency.NONE)
        .values_list("member_id", "member__discussion_preference__frequency")
    )
    followers = list(followers)
    Notice.objects.bulk_create(
        [Notice(member_id=member, post=post) for member, _f in followers], ignore_conflicts=True
    )
    immediate = [member for member, frequency in followers if frequency == Frequency.IMMEDIATE]
    for member in User.objects.filter(pk__in=immediate):
        notices_send(member=member)


def _sendable(member):
    """Her unsent notices of posts she may still read: visible, in a thread still shown, by no
    one she blocked since."""
    return (
        Notice.objects.filter(member=member, sent_at__isnull=True)
        .filter(post__visibility=Visibility.VISIBLE)
        .filter(post__thread__opening__visibility=Visibility.VISIBLE)
        .exclude(post__author_id__in=Block.objects.filter(blocker=member).values("blocked"))
        .select_related("post__author", "post__thread__space")
        .order_by("post__thread_id", "post__created_at")
    )


def notices_send(*, member, digest: bool = False) -> int:
    """Send her unsent notices in one email (a digest, or the immediate one); the number sent."""
    with transaction.atomic():
        preference, _made = Preference.objects.select_for_update().get_or_create(member=member)
        notices = list(_sendable(member).select_for_update(of=("self",)))
        if not notices:
            return 0
        language = member.preferred_language or settings.LANGUAGE_CODE
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        with translation.override(language):
            threads: dict[int, dict] = {}
            for notice in notices:
                thread = notice.post.thread
                entry = threads.setdefault(
                    thread.pk,
                    {
                        "thread": thread,
                        "url": base + reverse("discussions:thread", kwargs={"pk": thread.pk}),
                        "posts": [],
                    },
                )
                entry["posts"].append(
                    {"author": notice.post.author.full_name, "text": plain(notice.post.body)}
                )
            context = {"member": member, "threads": list(threads.values()), "digest": digest}
            context["preferences"] = base + reverse("discussions:preferences")
            subject = render_to_string("discussions/email/subject.txt", context).strip()
            body = render_to_string("discussions/email/body.txt", context)
        email_queue(to=member.email, subject=subject, body=body, language=language)
        now = timezone.now()
        Notice.objects.filter(pk__in=[n.pk for n in notices]).update(sent_at=now)
        if digest:
            preference.digest_sent_at = now
            preference.save(update_fields=["digest_sent_at"])
    return len(notices)


def digests_send(now=None) -> int:
    """Run by beat every hour: each member with a daily digest due (none in the last 23 hours)
    and something to tell gets it. Emails sent."""
    now = now or timezone.now()
    waiting = (
        Notice.objects.filter(sent_at__isnull=True, post__visibility=Visibility.VISIBLE)
        .filter(
            Q(member__discussion_preference__isnull=True)
            | Q(member__discussion_preference__frequency=Frequency.DAILY)
        )
        .filter(
            Q(member__discussion_preference__digest_sent_at__isnull=True)
            | Q(member__discussion_preference__digest_sent_at__lte=now - DIGEST_EVERY)
        )
        .values_list("member_id", flat=True)
        .distinct()
    )
    sent = 0
    for member in User.objects.filter(pk__in=list(waiting)):
        if notices_send(member=member, digest=True):
            sent += 1
    return sent
