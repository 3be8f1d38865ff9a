from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SavedReport(models.Model):
    """A report's filters and breakdown, named ("Q3 for the EU project") and rerun by its
    owner: the query string of the dashboard, as keys and values."""

    name = models.CharField(_("name"), max_length=120)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="saved_reports",
    )
    filters = models.JSONField(_("filters and breakdown"), default=dict, blank=True)
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved report")
        verbose_name_plural = _("saved reports")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="saved_report_name_per_owner")
        ]

    def __str__(self) -> str:
        return self.name
