from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class H5PPackageForm(WagtailAdminModelForm):
    """Title and file when uploading; only the title afterwards (a new file is a new package)."""

    upload = forms.FileField(
        label=_(".h5p file"),
        help_text=_("A package exported from H5P.org, Lumi or Moodle."),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["upload"]

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        if not upload.name.lower().endswith(".h5p"):
            raise forms.ValidationError(_("Choose a file whose name ends in .h5p."))
        if upload.size > settings.H5P_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s.")
                % {"limit": filesizeformat(settings.H5P_MAX_UPLOAD_BYTES)}
            )
        return upload
