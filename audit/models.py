"""Who viewed, exported, printed or downloaded which personal data, or changed a record that is
final (a closed training session, a merge, a trainer's qualification): one row per such act.

Rows are written by `audit.services.audit_entry_create` only and never changed: the admin shows
them read-only to administrators. The actor's name and email are copied in, so that the row still
says who it was after her account is deleted."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import actor_field


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        VIEWED = "viewed", _("Viewed")
        EXPORTED = "exported", _("Exported")
        PRINTED = "printed", _("Printed")
        DOWNLOADED = "downloaded", _("Downloaded")
        CHANGED = "changed", _("Changed")

    actor = actor_field(_("person"))
    actor_label = models.CharField(_("person"), max_length=400)
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    what = models.CharField(_("what"), max_length=64, db_index=True)
    detail = models.CharField(_("object and filters"), max_length=1000, blank=True)
    ip = models.GenericIPAddressField(_("address"), null=True, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]
        # Only "view": nobody is given a way to add, change or delete an entry.
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.what}"
