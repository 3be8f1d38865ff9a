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
