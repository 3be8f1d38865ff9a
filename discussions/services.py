"""Writing in the discussions: a course's space when first needed, a thread, a reply.

Each write asks `community.access.refusal` again inside its transaction (a form sent after a
suspension is refused, nothing written) and counts against the posting limit after it
(`record_post`). A reply to a thread whose author blocked her is refused."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.access import Action, blocked, moderates, record_post, refusal
from community.models import Visibility
from courses.models import CoursePage
from discussions.images import CleanImage
from discussions.models import Follow, Image, Post, Space, Thread


class DiscussionRefused(Exception):
    def __init__(self, message: str, url: str = ""):
        super().__init__(message)
        self.message = message
        self.url = url


def blocked_message() -> str:
    return _("The author of this thread has blocked you: you cannot reply to it.")


def space_for_course(course: CoursePage) -> Space:
    """The course's discussion space, made the first time someone needs it."""
    space, _made = Space.objects.get_or_create(
        course_key=course.translation_key,
        defaults={"kind": Space.Kind.COURSE, "title": course.title},
    )
    return space


def _refuse_if_barred(author, thread: Thread | None = None) -> None:
    refused = refusal(author, Action.POST)
    if refused is not None:
        raise DiscussionRefused(refused.message, refused.url)
    if thread is not None and blocked(author, thread.author):
        raise DiscussionRefused(blocked_message())


def _visibility_for(author, space: Space) -> str:
    """A new member's first posts wait for a moderator where the space says so: until she has
    `posts_to_approve` posts approved there."""
    if not space.approve_first_posts or moderates(author):
        return Visibility.VISIBLE
    approved = Post.objects.filter(
        thread__space=space, author=author, visibility=Visibility.VISIBLE
    ).count()
    return Visibility.PENDING if approved < space.posts_to_approve else Visibility.VISIBLE


def _attach(post: Post, image: CleanImage | None) -> None:
    if image is None:
        return
    Image.objects.create(
        post=post,
        file=ContentFile(image.content, name=f"image.{image.extension}"),
        content_type=image.content_type,
        width=image.width,
        height=image.height,
    )


def thread_create(
    *, space: Space, author, title: str, body: str, image: CleanImage | None = None
) -> Thread:
    with transaction.atomic():
        _refuse_if_barred(author)
        now = timezone.now()
        thread = Thread.objects.create(
            space=space, title=title, author=author, created_at=now, last_activity_at=now
        )
        post = Post.objects.create(
            thread=thread,
            author=author,
            body=body,
            created_at=now,
            visibility=_visibility_for(author, space),
        )
        thread.opening = post
        thread.save(update_fields=["opening"])
        _attach(post, image)
        Follow.objects.get_or_create(thread=thread, member=author)
    record_post(author)
    return thread


def post_create(*, thread: Thread, author, body: str, image: CleanImage | None = None) -> Post:
    with transaction.atomic():
        thread = (
            Thread.objects.select_for_update().select_related("space", "author").get(pk=thread.pk)
        )
        _refuse_if_barred(author, thread)
        post = Post.objects.create(
            thread=thread,
            author=author,
            body=body,
            visibility=_visibility_for(author, thread.space),
        )
        _attach(post, image)
        Follow.objects.get_or_create(thread=thread, member=author)
    record_post(author)
    return post


def post_edit(*, post: Post, author, body: str) -> Post:
    """Her own post, within EDIT_MINUTES of writing it."""
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
        _refuse_if_barred(author)
        if post.author_id != author.pk or not editable(post):
            raise DiscussionRefused(_("This post can no longer be edited."))
        post.body = body
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "edited_at"])
    return post


EDIT_MINUTES = 30


def editable(post: Post) -> bool:
    return timezone.now() - post.created_at < timedelta(minutes=EDIT_MINUTES)
