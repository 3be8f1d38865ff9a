from django import forms
from django.utils.translation import gettext_lazy as _

from discussions.images import clean_image
from discussions.models import Frequency

MARKDOWN_HELP = _(
    "Markdown: **bold**, *italics*, [text](https://address), a list with - at the start of lines."
)


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=MARKDOWN_HELP,
    )
    image = forms.FileField(
        label=_("An image (optional)"),
        required=False,
        help_text=_("JPEG, PNG or WebP, up to 3 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        return clean_image(upload) if upload else None


class ThreadForm(PostForm):
    title = forms.CharField(label=_("Title"), max_length=150)

    field_order = ["title", "body", "image"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].label = _("Text")


class EditForm(forms.Form):
    body = forms.CharField(
        label=_("Text"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=MARKDOWN_HELP,
    )


class PreferenceForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Emails about replies in the threads you follow"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
    )
