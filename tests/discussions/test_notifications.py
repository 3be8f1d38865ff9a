"""Emails about replies: in each follower's language, a daily digest by default, immediately or
never as she chooses; never a pending or hidden post, never from someone she blocked; a task run
twice sends once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from community.models import Block
from discussions.models import Frequency, Notice, Post, Preference
from discussions.notifications import digests_send
from discussions.services import post_create
from outbox.models import OutgoingEmail


@pytest.fixture
def followed(thread, people):
    """The member's thread; the other member replied (both follow it); what that reply
    was to tell her, told."""
    Notice.objects.update(sent_at=timezone.now())
    OutgoingEmail.objects.all().delete()
    return thread


def emails_to(person):
    return list(OutgoingEmail.objects.filter(to=person.email))


def test_a_reply_waits_for_the_daily_digest_in_her_language(followed, people):
    member = people["member"]
    member.preferred_language = "ru"
    member.save()
    post_create(thread=followed, author=people["coordinator"], body="Поздравляю **всех**")
    assert emails_to(member) == []  # not at once: the digest
    assert digests_send() == 2
    [email] = emails_to(member)
    assert email.subject == "Новые ответы в обсуждениях, за которыми вы следите"
    assert "Координатор: Поздравляю **всех**" in email.body
    assert "/ru/community/threads/" in email.body
    # The other follower (Бермет, Kyrgyz) has hers too, in Kyrgyz.
    [other] = emails_to(people["another"])
    assert other.subject == "Сиз көзөмөлдөгөн талкууларда жаңы жооптор"


def test_the_digest_task_run_again_sends_nothing_twice(followed, people):
    post_create(thread=followed, author=people["coordinator"], body="Бир")
    assert digests_send() == 2
    assert digests_send() == 0
    # A new reply the same day waits for tomorrow's digest.
    post_create(thread=followed, author=people["coordinator"], body="Эки")
    assert digests_send() == 0
    tomorrow = timezone.now() + timedelta(hours=24)
    assert digests_send(now=tomorrow) == 2
    assert OutgoingEmail.objects.filter(to=people["member"].email).count() == 2


def test_immediately_or_never_as_she_chose(client_for, followed, people):
    client_for(people["member"]).post(
        reverse("discussions:preferences"), {"frequency": Frequency.IMMEDIATE}
    )
    client_for(people["another"]).post(
        reverse("discussions:preferences"), {"frequency": Frequency.NONE}
    )
    assert Preference.objects.get(member=people["another"]).frequency == Frequency.NONE
    post_create(thread=followed, author=people["coordinator"], body="Тез")
    [email] = emails_to(people["member"])
    assert email.subject == "Жаңы жооп: Айылдык кеңеш"
    assert emails_to(people["another"]) == []
    assert digests_send() == 0


def test_pending_and_hidden_posts_are_never_sent(followed, people):
    followed.space.approve_first_posts = True
    followed.space.save()
    newcomer = people["suspended"]
    newcomer.sanctions.all().delete()
    pending = post_create(thread=followed, author=newcomer, body="Жаңы мүчө")
    assert pending.visibility == "pending"
    assert digests_send() == 0
    hidden = post_create(thread=followed, author=people["moderator"], body="Кийин жашырылат")
    Post.objects.filter(pk=hidden.pk).update(visibility="hidden")
    assert digests_send() == 0
    assert OutgoingEmail.objects.count() == 0
    # The moderator approves the newcomer's post: its followers hear of it then.
    pending.visibility = "visible"
    pending.save()
    assert digests_send() == 3  # the member, Бермет and the moderator, who follow it
    assert all("Жаңы мүчө" in e.body and "Кийин" not in e.body for e in OutgoingEmail.objects.all())


def test_no_one_hears_of_a_post_by_someone_she_blocked(followed, people):
    Block.objects.create(blocker=people["another"], blocked=people["coordinator"])
    post_create(thread=followed, author=people["coordinator"], body="Салам")
    assert not Notice.objects.filter(member=people["another"]).exists()
    digests_send()
    assert emails_to(people["another"]) == [] and len(emails_to(people["member"])) == 1


def test_the_outbox_sends_them(followed, people, django_capture_on_commit_callbacks, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    post_create(thread=followed, author=people["coordinator"], body="Жиберилет")
    with django_capture_on_commit_callbacks(execute=True):
        digests_send()
    assert {m.to[0] for m in mail.outbox} == {people["member"].email, people["another"].email}
