"""The monthly report: a donor report PDF of the month before, made by Celery beat on the 1st
(reports.tasks.monthly_report) and sent to coordinators as a link to a private download."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.private_files import RandomName, private_storage


class MonthlyReport(models.Model):
    period_start = models.DateField(_("first day of the month"))
    period_end = models.DateField(_("last day of the month"))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    # Private (core.private_files): only coordinators and administrators download it.
    file = models.FileField(upload_to=RandomName("reports/monthly"), storage=private_storage)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True)
    # Set in the transaction that keeps the coordinators' emails in the outbox: a task run
    # again (a retry, a message delivered twice) finds it set and sends nothing more.
    emailed_at = models.DateTimeField(_("emailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("monthly report")
        verbose_name_plural = _("monthly reports")
        ordering = ["-period_start"]
        constraints = [
            models.UniqueConstraint(fields=["period_start"], name="one_monthly_report_per_month")
        ]

    def __str__(self) -> str:
        return f"{self.period_start:%Y-%m}"
