"""Who took part in a session: an account, or a light record of a person who has none.

A light record holds what the certificate and the reports need, the consent she signed on
paper (who recorded it, when), and a claim code printed on her certificate, with which she
can later sign up and take her history with her. A record typed twice is merged into the
other (`merged_into`): both are kept, so the merge can be undone."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import actor_field
from people.models import Gender, TargetGroup
from people.regions import Region, SettlementType


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", _("under 18")
    FROM_18 = "18_29", _("18–29")
    FROM_30 = "30_44", _("30–44")
    FROM_45 = "45_59", _("45–59")
    FROM_60 = "60_plus", _("60 and over")

    @classmethod
    def of(cls, birth_year: int | None, year: int) -> "AgeBand | None":
        if not birth_year:
            return None
        age = year - birth_year
        if age < 18:
            return cls.UNDER_18
        if age < 30:
            return cls.FROM_18
        if age < 45:
            return cls.FROM_30
        if age < 60:
            return cls.FROM_45
        return cls.FROM_60


def settlement_key(settlement: str) -> str:
    return " ".join((settlement or "").casefold().replace("ё", "е").split())


class ParticipantQuerySet(models.QuerySet):
    def current(self):
        """Records not merged into another one."""
        return self.filter(merged_into__isnull=True)


class Participant(models.Model):
    # Her account, not an actor: named as a field of its own.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
    )
    full_name = models.CharField(
        _("full name"), max_length=200, help_text=_("As it must appear on the certificate.")
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True)
    settlement = models.CharField(_("settlement"), max_length=100, blank=True)
    settlement_type = models.CharField(
        _("urban or rural"), max_length=5, choices=SettlementType.choices, blank=True
    )
    # The settlement as compared: case and spacing do not matter (SQLite's own case-insensitive
    # comparisons know ASCII only, not Kyrgyz or Russian letters).
    settlement_key = models.CharField(max_length=100, blank=True, editable=False, db_index=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="+"
    )
    consent_recorded_by = actor_field(_("consent recorded by"), blank=True)
    consent_recorded_at = models.DateTimeField(_("consent recorded at"), null=True, blank=True)
    claim_code = models.CharField(_("claim code"), max_length=16, unique=True)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged",
    )
    merged_at = models.DateTimeField(_("merged at"), null=True, blank=True)
    # Who she counts as (trainings.reach keeps it): -her account's id, else the id of the record
    # she was merged into (merges of merges followed), else her own. None: never counted yet.
    counts_as = models.BigIntegerField(null=True, editable=False, db_index=True)
    merged_by = actor_field(_("merged by"), blank=True)
    created_by = actor_field(_("created by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["full_name", "pk"]
        indexes = [models.Index(fields=["region", "settlement"])]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs):
        self.settlement_key = settlement_key(self.settlement)
        if kwargs.get("update_fields") is not None and "settlement" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "settlement_key"}
        super().save(*args, **kwargs)

    @property
    def has_account(self) -> bool:
        return self.user_id is not None


class Registration(models.Model):
    """A participant in a session."""

    session = models.ForeignKey(
        "trainings.Session", on_delete=models.CASCADE, related_name="registrations"
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.PROTECT, related_name="registrations"
    )
    added_by = actor_field(_("added by"))
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)
    # Point 4 of issue 14: the post-test typed in from paper (None: not taken), and when she
    # completed the session (the required share of hours, and the post-test where asked).
    post_test_passed = models.BooleanField(_("post-test passed"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("session participant")
        verbose_name_plural = _("session participants")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant"], name="one_registration_per_session"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant_id} @ {self.session_id}"


class Attendance(models.Model):
    """One participant on one day, as typed from the signed sheet."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendance"
    )
    day = models.ForeignKey(
        "trainings.SessionDay", on_delete=models.CASCADE, related_name="attendance"
    )
    present = models.BooleanField(_("present"), default=False)
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1, default=0)
    recorded_by = actor_field(_("recorded by"))
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["registration", "day"], name="one_attendance_per_day"),
            models.CheckConstraint(condition=models.Q(hours__gte=0), name="attendance_hours"),
        ]

    def __str__(self) -> str:
        return f"{self.registration_id} {self.day_id}: {self.hours}"


class Headcount(models.Model):
    """For a very large event: people counted by gender and age band instead of named. Counted
    in reports, never certified."""

    session = models.ForeignKey(
        "trainings.Session", on_delete=models.CASCADE, related_name="headcounts"
    )
    day = models.ForeignKey(
        "trainings.SessionDay", on_delete=models.CASCADE, related_name="headcounts"
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices)
    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices)
    count = models.PositiveIntegerField(_("count"))

    class Meta:
        verbose_name = _("headcount")
        verbose_name_plural = _("headcounts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "gender", "age_band"], name="one_headcount_per_group"
            )
        ]

    def __str__(self) -> str:
        return f"{self.day_id} {self.gender} {self.age_band}: {self.count}"
