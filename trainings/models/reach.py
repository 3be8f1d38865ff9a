"""The people each lead trainer reached, kept as rows for the cascade to count (trainings.reach
writes them, trainings.cascade reads them).

A person is the record others were merged into (her id) or, when she has an account, the
account (minus its id): each person once per trainer, with what the reach table counts of her
copied in (region, gender, birth year, urban or rural) and her target groups in a narrow table
beside it, so that counting a cascade of two hundred thousand people reads one index and joins
nothing. `shared`: other lead trainers reached her too; only these rows need counting apart,
person by person, for a person to be counted once."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from people.models import TargetGroup

COUNTED = ["person", "region", "gender", "birth_year", "settlement_type"]


class ReachedPerson(models.Model):
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    person = models.BigIntegerField()
    shared = models.BooleanField(default=False)
    region = models.CharField(max_length=20, blank=True)
    gender = models.CharField(max_length=10, blank=True)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    settlement_type = models.CharField(max_length=5, blank=True)

    class Meta:
        verbose_name = _("person reached")
        verbose_name_plural = _("people reached")
        constraints = [
            models.UniqueConstraint(fields=["trainer", "person"], name="reached_once_per_trainer")
        ]
        # The trainer's rows (those shared apart) with every counted column: an index-only scan
        # on PostgreSQL.
        indexes = [
            models.Index(fields=["trainer", "shared"], include=COUNTED, name="reached_by_trainer"),
            models.Index(fields=["person"], name="reached_person"),
        ]

    def __str__(self) -> str:
        return f"{self.person} by {self.trainer_id}"


class TrainerReach(models.Model):
    """How many people a lead trainer reached, and how many of them no other lead trainer did:
    her rows of ReachedPerson counted, kept with them."""

    trainer = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    reached = models.PositiveIntegerField(default=0)
    alone = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("trainer's reach")
        verbose_name_plural = _("trainers' reach")

    def __str__(self) -> str:
        return f"{self.trainer_id}: {self.reached}"


class ReachedMember(models.Model):
    """A person reached by a trainer, in one of her target groups (sensitive ones too: who may
    see them is decided when the table is shown)."""

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    person = models.BigIntegerField()
    group = models.ForeignKey(TargetGroup, on_delete=models.CASCADE, related_name="+")
    shared = models.BooleanField(default=False)
    region = models.CharField(max_length=20, blank=True)
    gender = models.CharField(max_length=10, blank=True)

    class Meta:
        verbose_name = _("person reached in a target group")
        verbose_name_plural = _("people reached in target groups")
        indexes = [
            models.Index(
                fields=["trainer", "shared"],
                include=["person", "group", "region", "gender"],
                name="member_by_trainer",
            ),
            models.Index(fields=["group", "person"], name="member_by_group"),
            models.Index(fields=["person"], name="member_person"),
        ]

    def __str__(self) -> str:
        return f"{self.person} in {self.group_id} by {self.trainer_id}"
