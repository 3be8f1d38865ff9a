from django.conf import settings
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils.translation import gettext as _

from certificates.signals import certificate_attachments
from credentials.models import Credential
from credentials.services import credential_for, credential_json


@receiver(certificate_attachments, dispatch_uid="credentials.attach")
def attach_credential(sender, certificate, **kwargs):
    """The holder's PDF carries her signed credential (signed now if it was not yet)."""
    credential = credential_for(certificate)
    return [
        {
            "name": f"{certificate.code}.credential.json",
            "content": credential_json(credential),
            "description": _("Signed Open Badges 3.0 credential of this certificate"),
            "relationship": "Data",
        }
    ]


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="credentials.erase_holder")
def erase_holder(sender, instance, **kwargs):
    """An account being deleted: the signed copies kept here go (they carry her hashed email and
    its salt). The copies she downloaded still verify: their status bits stay as they were."""
    Credential.objects.filter(certificate__user=instance).update(document=None, salt="")
