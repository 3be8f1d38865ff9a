import json

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class CredentialForm(forms.Form):
    """A credential file, or its JSON pasted."""

    file = forms.FileField(label=_("Credential file (.json)"), required=False)
    text = forms.CharField(
        label=_("Or paste the credential's JSON"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false", "autocomplete": "off"}),
    )

    def clean(self):
        data = super().clean()
        limit = settings.CREDENTIALS_MAX_UPLOAD_BYTES
        upload = data.get("file")
        if upload is not None:
            if upload.size > limit:
                raise forms.ValidationError(_("The file is too large for a credential."))
            raw = upload.read(limit + 1)
        else:
            raw = (data.get("text") or "").encode()
        if not raw.strip():
            raise forms.ValidationError(_("Choose a credential file or paste its JSON."))
        if len(raw) > limit:
            raise forms.ValidationError(_("The text is too long for a credential."))
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise forms.ValidationError(_("This is not a credential file (not JSON).")) from error
        if not isinstance(document, dict):
            raise forms.ValidationError(_("This is not a credential file."))
        data["document"] = document
        return data
