"""Discussion spaces (one per course, and community spaces by topic or country), their threads
and posts, images attached to posts, who follows a thread and what each member is sent.

A post's Markdown is rendered once, when it is saved, into `html` (discussions.markdown):
reading a thread of a thousand replies renders nothing."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.models import Moderated
from community.registry import reportable
from core.private_files import RandomName, private_storage


class Space(models.Model):
    class Kind(models.TextChoices):
        COURSE = "course", _("Course discussion")
        COMMUNITY = "community", _("Community space")

    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.COMMUNITY, editable=False
    )
    # A course's space: the course by its translation key (one space for every language).
    course_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(_("description"), blank=True, max_length=1000)
    topic = models.CharField(_("topic"), max_length=100, blank=True)
    country = models.CharField(
        _("country"), max_length=100, blank=True, help_text=_("For a space of one country.")
    )
    approve_first_posts = models.BooleanField(
        _("new members' first posts wait for approval"), default=False
    )
    posts_to_approve = models.PositiveSmallIntegerField(
        _("posts to approve"),
        default=1,
        help_text=_("How many of a member's first posts in this space a moderator approves."),
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("discussion space")
        verbose_name_plural = _("discussion spaces")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_course(self) -> bool:
        return self.kind == self.Kind.COURSE


class Thread(models.Model):
    """A conversation: its opening post is its first `Post`; others see the thread only while
    that post is visible (a hidden or pending opening post hides the thread)."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("title"), max_length=150)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    opening = models.OneToOneField(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-last_activity_at", "-pk"]

    def __str__(self) -> str:
        return self.title


@reportable("discussions.post")
class Post(Moderated):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    body = models.TextField(_("text"), max_length=10000)
    html = models.TextField(editable=False, default="")  # the body rendered and sanitised
    edited_at = models.DateTimeField(null=True, blank=True)
    # The followers' notices were made (once it became visible).
    notified = models.BooleanField(default=False, editable=False)

    moderation_text_field = "body"

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"])]

    def __str__(self) -> str:
        return self.body[:60]

    def get_absolute_url(self) -> str:
        return reverse("discussions:thread", kwargs={"pk": self.thread_id}) + f"#post-{self.pk}"

    def save(self, *args, **kwargs):
        from discussions.markdown import render

        self.html = render(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "html"}
        super().save(*args, **kwargs)


class Image(models.Model):
    """An image attached to a post, stored privately and sent only to those who see the post."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="images")
    file = models.FileField(storage=private_storage, upload_to=RandomName("discussions"))
    content_type = models.CharField(max_length=20)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("image in a post")
        verbose_name_plural = _("images in posts")

    def __str__(self) -> str:
        return self.file.name


class Follow(models.Model):
    """She follows a thread (she wrote it or replied): she is told of new replies."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("followed thread")
        verbose_name_plural = _("followed threads")
        constraints = [
            models.UniqueConstraint(fields=["thread", "member"], name="discussions_follow_once")
        ]

    def __str__(self) -> str:
        return f"{self.member_id} → {self.thread_id}"


class Frequency(models.TextChoices):
    DAILY = "daily", _("A daily digest")
    IMMEDIATE = "immediate", _("An email for each reply")
    NONE = "none", _("No emails")


class Preference(models.Model):
    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="discussion_preference"
    )
    frequency = models.CharField(
        _("emails about replies"), max_length=10, choices=Frequency.choices, default=Frequency.DAILY
    )
    digest_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("discussion email preference")
        verbose_name_plural = _("discussion email preferences")

    def __str__(self) -> str:
        return f"{self.member_id}: {self.frequency}"


class Notice(models.Model):
    """A reply she is to be told of; `sent_at` once an email told her (never twice)."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="notices")
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("reply notice")
        verbose_name_plural = _("reply notices")
        constraints = [
            models.UniqueConstraint(fields=["member", "post"], name="discussions_notice_once")
        ]
        indexes = [models.Index(fields=["sent_at", "member"])]

    def __str__(self) -> str:
        return f"{self.member_id}: {self.post_id}"
