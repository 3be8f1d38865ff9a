from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    """An email the site owes someone. Written in the transaction that decided to send it, so
    that it is kept even when the broker is down; the worker sends it and stamps `sent_at`."""

    to = models.EmailField(_("to"), max_length=254)
    subject = models.CharField(_("subject"), max_length=255)
    # Emptied once sent: a reset link or a person's webinar need not outlive the delivery.
    body = models.TextField(_("body"), blank=True)
    html = models.TextField(_("HTML body"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["sent_at", "created"], name="outbox_unsent")]

    def __str__(self):
        return f"{self.to}: {self.subject}"
