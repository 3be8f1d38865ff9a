from django import forms
from django.utils.translation import gettext_lazy as _

from certificates.models import PrintJob


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300)


class CorrectNameForm(forms.Form):
    name = forms.CharField(label=_("Name as it must appear"), max_length=150)


class PrintForm(forms.Form):
    kind = forms.ChoiceField(choices=PrintJob.Kind.choices, initial=PrintJob.Kind.PDF)


class ReviewForm(forms.Form):
    """A coordinator's decision on a programme certificate whose relied-on certificate was
    revoked."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("kept", _("Keep it valid")), ("revoked", _("Revoke it"))],
        error_messages={"required": _("Choose to revoke the certificate or to keep it.")},
    )
    note = forms.CharField(
        label=_("Reason"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say why you decide so.")},
    )
