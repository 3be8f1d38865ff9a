"""The community's forms. A photo is checked by what its bytes are, not by its name."""

from datetime import datetime, time

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from community.models import CommunityProfile, ModerationAction, Report, Sanction

PHOTO_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
PHOTO_MAX_BYTES = 2 * 1024 * 1024


def photo_format(upload) -> str:
    """The photo's real format (JPEG, PNG or WebP), read from its content; ValidationError
    otherwise, whatever its name or declared type says."""
    if upload.size > PHOTO_MAX_BYTES:
        raise ValidationError(_("The photo is larger than 2 MB."))
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        kind = None
    finally:
        upload.seek(0)
    if kind not in PHOTO_FORMATS:
        raise ValidationError(_("The photo must be a JPEG, PNG or WebP image."))
    return kind


class ProfileForm(forms.ModelForm):
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)

    class Meta:
        model = CommunityProfile
        fields = [
            "photo",
            "show_photo",
            "organisation",
            "show_organisation",
            "country",
            "show_country",
            "expertise",
            "show_expertise",
            "languages",
            "show_languages",
            "bio",
            "show_bio",
        ]
        widgets = {"photo": forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})}

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and hasattr(photo, "content_type"):  # a new upload
            kind = photo_format(photo)
            photo.name = f"photo{PHOTO_FORMATS[kind]}"
        return photo

    def save(self, commit=True):
        profile = super().save(commit=False)
        if self.cleaned_data.get("remove_photo"):
            profile.photo = ""
        if commit:
            profile.save()
        return profile


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why do you report it?"), choices=Report.Reason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note for the moderators (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ItemActionForm(forms.Form):
    ACTIONS = [
        (ModerationAction.Kind.HIDE, _("Hide")),
        (ModerationAction.Kind.RESTORE, _("Restore")),
        (ModerationAction.Kind.APPROVE, _("Approve")),
        (ModerationAction.Kind.EDIT, _("Edit")),
        (ModerationAction.Kind.DISMISS, _("Dismiss the reports")),
    ]
    do = forms.ChoiceField(choices=ACTIONS)
    reason = forms.CharField(label=_("Reason"), max_length=1000)
    text = forms.CharField(label=_("New text"), required=False, widget=forms.Textarea)
    note = forms.CharField(label=_("Note shown to readers"), required=False, max_length=300)


class SanctionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Sanction"), choices=Sanction.Kind.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason (she will read it)"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    until = forms.DateField(
        label=_("Suspended until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self):
        data = super().clean()
        if data.get("kind") == Sanction.Kind.SUSPENSION:
            day = data.get("until")
            if day is None or day <= timezone.localdate():
                self.add_error("until", _("A suspension ends on a date in the future."))
            else:
                data["until_at"] = timezone.make_aware(datetime.combine(day, time.min))
        return data


class AppealForm(forms.Form):
    note = forms.CharField(
        label=_("Why should the decision change?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
