from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Consent(models.Model):
    """That a person agreed to the data notice, which version of it, and when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    notice_version = models.CharField(_("notice version"), max_length=20)
    agreed_at = models.DateTimeField(_("agreed at"), auto_now_add=True)

    class Meta:
        ordering = ["-agreed_at"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")

    def __str__(self) -> str:
        return f"{self.user_id} {self.notice_version} {self.agreed_at:%Y-%m-%d}"
