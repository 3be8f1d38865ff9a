from django.dispatch import receiver
from django.utils.translation import gettext as _

from certificates.signals import certificate_attachments
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
