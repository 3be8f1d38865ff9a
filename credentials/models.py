"""The issuer's public keys, and the signed Open Badges credential of each certificate.

Only public keys are stored: the private key is read from the environment or a file outside
the repository (credentials.keys), never from the database."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class IssuerKey(models.Model):
    """A public key the site signs or signed with, listed in its DID document for as long as
    a credential it signed may be verified: a retired key stays listed (its private key is
    gone, so nothing new is signed with it)."""

    public_multibase = models.CharField(_("public key"), max_length=60, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)

    class Meta:
        verbose_name = _("issuer key")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.public_multibase


class Credential(models.Model):
    """A certificate's OpenBadgeCredential, signed once and kept as signed: the holder's copy
    and the one in the PDF are the same bytes. Its status list index is its primary key."""

    certificate = models.OneToOneField(
        "certificates.Certificate", on_delete=models.CASCADE, related_name="credential"
    )
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The salt of the holder's hashed email (credentialSubject.identifier).
    salt = models.CharField(max_length=32)
    document = models.JSONField(_("signed credential"), null=True, blank=True)
    key = models.ForeignKey(IssuerKey, null=True, on_delete=models.PROTECT, related_name="+")
    signed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("signed credential")

    def __str__(self) -> str:
        return str(self.uuid)
