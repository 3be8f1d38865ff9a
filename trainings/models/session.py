"""A face-to-face training session: a course of the catalogue delivered in a room, on one or
more days, by a lead trainer qualified for that course and her co-trainers.

The course is referred to by its Wagtail translation key, as an enrolment is, so that a session
counts for the course in every language."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.fields import actor_field
from people.regions import Region, SettlementType


class Language(models.TextChoices):
    KY = "ky", _("Kyrgyz")
    RU = "ru", _("Russian")
    EN = "en", _("English")


class Project(models.Model):
    """The partner's or donor's project a session counts for, named once for the reports."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    donor = models.CharField(_("donor or partner"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("donor")]

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.donor})" if self.donor else self.name


class Session(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")
        CLOSED = "closed", _("Closed")

    course_key = models.UUIDField(_("course"), db_index=True)
    lead_trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead trainer"),
        on_delete=models.PROTECT,
        related_name="sessions_led",
    )
    co_trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("co-trainers"),
        blank=True,
        related_name="sessions_co_delivered",
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    venue = models.CharField(_("venue"), max_length=200)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    district = models.CharField(_("district"), max_length=100, blank=True)
    settlement = models.CharField(_("settlement"), max_length=100)
    settlement_type = models.CharField(
        _("urban or rural"), max_length=5, choices=SettlementType.choices
    )
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    capacity = models.PositiveIntegerField(_("capacity"), validators=[MinValueValidator(1)])
    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    required_share = models.PositiveSmallIntegerField(
        _("required share of hours, %"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    post_test = models.ForeignKey(
        "quizzes.Quiz",
        verbose_name=_("post-test"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    held_at = models.DateTimeField(_("held at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_by = actor_field(_("closed by"), blank=True)
    created_by = actor_field(_("created by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["lead_trainer", "status"])]

    def __str__(self) -> str:
        return f"{self.settlement}, {self.venue} ({self.pk})"

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED


class SessionDay(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("24"))],
    )

    class Meta:
        verbose_name = _("day")
        verbose_name_plural = _("days")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["session", "date"], name="one_session_day_per_date"),
            models.CheckConstraint(condition=models.Q(hours__gt=0), name="session_day_hours"),
        ]

    def __str__(self) -> str:
        return f"{self.date} ({self.hours} h)"
