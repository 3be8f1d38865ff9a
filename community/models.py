"""What every part of the community shares: the guidelines a member accepts, who blocked whom,
the sanctions a moderator gave, and the moderation state of anything a member writes."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.fields import actor_field


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


class Acceptance(models.Model):
    """A member accepted this version of the guidelines at this time."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="guideline_acceptances"
    )
    version = models.PositiveSmallIntegerField(_("version"))
    accepted_at = models.DateTimeField(_("accepted at"), default=timezone.now)

    class Meta:
        verbose_name = _("acceptance of the guidelines")
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

    class Meta:
        verbose_name = _("sanction")
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
