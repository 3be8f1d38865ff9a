"""The practicum that turns a pending trainer qualification into a qualified one.

`courses.TrainerQualification` is the fact "completed the trainer-of-trainers course X"; it is
pending until a coordinator, or the lead trainer of a session she co-delivered, confirms her
practicum here."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import actor_field


class Practicum(models.Model):
    qualification = models.OneToOneField(
        "courses.TrainerQualification", on_delete=models.CASCADE, related_name="practicum"
    )
    session = models.ForeignKey(
        "trainings.Session",
        verbose_name=_("session co-delivered"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="practicums",
    )
    confirmed_by = actor_field(_("confirmed by"))
    confirmed_at = models.DateTimeField(_("confirmed at"), auto_now_add=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("practicum")
        verbose_name_plural = _("practicums")

    def __str__(self) -> str:
        return f"{self.qualification_id} ({self.session_id})"
