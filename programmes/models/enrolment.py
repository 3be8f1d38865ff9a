"""Who follows which programme. A programme is referred to by its Wagtail translation key, so
that an enrolment holds in every language (as courses' enrolments do)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProgrammeEnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=ProgrammeEnrolment.Status.ACTIVE)


class ProgrammeEnrolment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        LEFT = "left", _("Left the programme")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="programme_enrolments"
    )
    programme_key = models.UUIDField(_("programme"), db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    # A coordinator who enrolled her (from a cohort file); None: she enrolled herself.
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)
    # Set once, when the requirements are first met; stays if the programme changes later.
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    objects = ProgrammeEnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("programme enrolment")
        verbose_name_plural = _("programme enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme_key"], name="one_enrolment_per_programme"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.programme_key}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE
