"""The library's forms: the search and filters of the list (a value it does not know is dropped,
never an error page) and the upload form, which checks shapes; the rules are the service's."""

from django import forms
from django.utils.translation import gettext_lazy as _

from library.files import FileRefused, check
from library.models import Language, Topic
from library.services import ResourceRefused, link_check

KINDS = [("", _("Files and links")), ("file", _("Files")), ("link", _("Links"))]


def _topic_choices(topics: list[Topic], empty) -> list[tuple[str, str]]:
    return [("", empty), *((str(topic.pk), topic.name) for topic in topics)]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any language")), *Language.choices]
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=KINDS)

    def __init__(self, *args, topics: list[Topic], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = _topic_choices(topics, _("All topics"))

    def values(self) -> dict:
        """What the list is filtered by: each field that was given well (the others dropped)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        topic = data.get("topic")
        return {
            "text": data.get("q", "").strip(),
            "topic": int(topic) if topic else None,
            "language": data.get("language", ""),
            "kind": data.get("kind", ""),
        }


class ResourceForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Plain text: what it is, who made it, who it is for."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    topic = forms.ChoiceField(label=_("Topic"))
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF, DOCX, XLSX, PPTX, JPEG, PNG or WebP."),
    )
    link = forms.CharField(
        label=_("Or a link"),
        required=False,
        max_length=1000,
        help_text=_("A web address starting with https://"),
    )
    rights = forms.BooleanField(
        label=_("I have the right to share this (I made it, or its authors allow sharing it)."),
        error_messages={"required": _("Confirm that you have the right to share it.")},
    )

    def __init__(self, *args, topics: list[Topic], **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = {str(topic.pk): topic for topic in topics}
        self.fields["topic"].choices = _topic_choices(topics, "—")

    def clean_topic(self):
        return self.topics[self.cleaned_data["topic"]]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            try:
                check(upload)
            except FileRefused as error:
                raise forms.ValidationError(str(error)) from error
        return upload

    def clean_link(self):
        link = self.cleaned_data.get("link", "").strip()
        if link:
            try:
                link = link_check(link)
            except ResourceRefused as error:
                raise forms.ValidationError(str(error)) from error
        return link

    def clean(self):
        data = super().clean()
        given = bool(data.get("file")) + bool(data.get("link"))
        if given != 1 and not self.has_error("file") and not self.has_error("link"):
            raise forms.ValidationError(_("Give a file or a link: one of the two."))
        return data
