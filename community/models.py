"""What every part of the community shares: the guidelines a member accepts, who blocked whom,
the sanctions a moderator gave, and the moderation state of anything a member writes."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.fields import RichTextField
from wagtail.models import Page

from community.registry import reportable
from core.fields import actor_field
from core.private_files import RandomName, private_storage


class GuidelinesPage(Page):
    """The community guidelines: an editable, translatable page. Raising `version` (a change
    that matters, not a typo) asks every member to accept them again."""

    version = models.PositiveSmallIntegerField(
        _("version"),
        default=1,
        help_text=_("Raise it when the rules change: every member is asked to accept them again."),
    )
    body = RichTextField(_("rules"))

    content_panels = Page.content_panels + ["version", "body"]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("community guidelines")
        verbose_name_plural = _("community guidelines")


class Acceptance(models.Model):
    """A member accepted this version of the guidelines at this time."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="guideline_acceptances"
    )
    version = models.PositiveSmallIntegerField(_("version"))
    accepted_at = models.DateTimeField(_("accepted at"), default=timezone.now)

    class Meta:
        verbose_name = _("acceptance of the guidelines")
        verbose_name_plural = _("acceptances of the guidelines")
        constraints = [
            models.UniqueConstraint(fields=["member", "version"], name="community_accept_once")
        ]

    def __str__(self) -> str:
        return f"{self.member} v{self.version}"


class Block(models.Model):
    """`blocker` blocked `blocked`: no replies, mentions or requests from `blocked` reach her."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_received"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("blocked member")
        verbose_name_plural = _("blocked members")
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="community_block_once"),
            models.CheckConstraint(
                condition=~models.Q(blocker=models.F("blocked")), name="community_block_other"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.blocker} ⊘ {self.blocked}"


class Sanction(models.Model):
    """A moderator's warning, suspension or expulsion of a member, with its reason."""

    class Kind(models.TextChoices):
        WARNING = "warning", _("Warning")
        SUSPENSION = "suspension", _("Suspension")
        EXPULSION = "expulsion", _("Expulsion")

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    reason = models.TextField(_("reason"))
    until = models.DateTimeField(_("until"), null=True, blank=True)  # a suspension's end
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = actor_field(_("given by"))
    # One appeal, with her note; a moderator upholds the sanction or lifts it.
    appeal_note = models.TextField(_("appeal"), max_length=1000, blank=True)
    appealed_at = models.DateTimeField(_("appealed at"), null=True, blank=True)
    appeal_decided_at = models.DateTimeField(_("appeal decided at"), null=True, blank=True)
    appeal_decided_by = actor_field(_("appeal decided by"))
    appeal_upheld = models.BooleanField(_("sanction upheld"), null=True, blank=True)

    class Meta:
        verbose_name = _("sanction")
        verbose_name_plural = _("sanctions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["member", "kind"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.member}"


class Visibility(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    VISIBLE = "visible", _("Visible")
    HIDDEN = "hidden", _("Hidden")


class Moderated(models.Model):
    """Anything a member writes that others read (a post, a resource): its author and whether
    others see it. Hidden and pending content is seen only by its author and moderators."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    visibility = models.CharField(
        _("visibility"),
        max_length=8,
        choices=Visibility.choices,
        default=Visibility.VISIBLE,
        db_index=True,
    )
    # Shown under the content when a moderator edited it.
    moderator_note = models.CharField(_("moderator's note"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        abstract = True


@reportable("community.profile")
class CommunityProfile(Moderated):
    """What other members see of a member, field by field her choice (her name always). Made on
    her first visit. Birth year, region, gender and target groups are not here: they are never
    shown to other members. Hidden by a moderator, her photo and bio are not shown."""

    moderation_text_field = "bio"

    photo = models.FileField(
        _("photo"),
        storage=private_storage,
        upload_to=RandomName("community/photos"),
        blank=True,
    )
    show_photo = models.BooleanField(_("show my photo"), default=False)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    show_organisation = models.BooleanField(_("show my organisation"), default=False)
    country = models.CharField(_("country"), max_length=100, blank=True)
    show_country = models.BooleanField(_("show my country"), default=False)
    expertise = models.CharField(_("expertise"), max_length=300, blank=True)
    show_expertise = models.BooleanField(_("show my expertise"), default=False)
    languages = models.CharField(_("languages"), max_length=200, blank=True)
    show_languages = models.BooleanField(_("show my languages"), default=False)
    bio = models.TextField(_("about me"), max_length=600, blank=True)
    show_bio = models.BooleanField(_("show my short bio"), default=False)

    class Meta:
        verbose_name = _("community profile")
        verbose_name_plural = _("community profiles")
        constraints = [
            models.UniqueConstraint(fields=["author"], name="community_one_profile"),
        ]

    def __str__(self) -> str:
        return self.author.full_name


class Report(models.Model):
    """A member reported an item (a post, a profile, a resource: its registry kind and id)."""

    class Reason(models.TextChoices):
        HARASSMENT = "harassment", _("Harassment")
        DISCRIMINATION = "discrimination", _("Discrimination")
        SCAM = "scam", _("Scam or fraud")
        FALSE = "false", _("False information")
        COPYRIGHT = "copyright", _("Copyright")
        PRIVACY = "privacy", pgettext_lazy("report reason", "Privacy")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_reports"
    )
    kind = models.CharField(_("kind"), max_length=40)
    object_id = models.PositiveBigIntegerField()
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    weight = models.FloatField(_("weight"))
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = actor_field(_("decided by"))

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "kind", "object_id"], name="community_report_once"
            )
        ]
        indexes = [models.Index(fields=["kind", "object_id", "status"])]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id} ({self.get_reason_display()})"


class ModerationAction(models.Model):
    """The log of what moderators did, with their reason: on an item or on a member."""

    class Kind(models.TextChoices):
        HIDE = "hide", _("Hidden")
        AUTO_HIDE = "auto_hide", _("Hidden by reports")
        RESTORE = "restore", _("Restored")
        APPROVE = "approve", _("Approved")
        EDIT = "edit", _("Edited")
        DISMISS = "dismiss", _("Reports dismissed")
        WARN = "warn", _("Warned")
        SUSPEND = "suspend", _("Suspended")
        EXPEL = "expel", _("Expelled")
        UPHOLD = "uphold", _("Appeal refused")
        LIFT = "lift", _("Sanction lifted")

    moderator = actor_field(_("moderator"))
    action = models.CharField(_("action"), max_length=10, choices=Kind.choices)
    kind = models.CharField(_("kind"), max_length=40, blank=True)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    reason = models.TextField(_("reason"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.kind}:{self.object_id}"
