"""What other apps add to a certificate without this app knowing them."""

from django.dispatch import Signal

# Sent when a holder's certificate PDF is rendered (`certificate`): each receiver returns a list
# of files to embed in it as PDF/A-3 associated files, dicts with `name`, `content` (bytes),
# `description` and `relationship` ("Data", "Source", …). The credentials app adds the signed
# credential.
certificate_attachments = Signal()
