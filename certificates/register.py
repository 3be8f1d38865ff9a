"""The coordinators' register: certificates filtered by course, webinar or programme, period,
region, target group, gender and status (their counts are the reports': reports.certificates)."""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate
from courses.models import CoursePage
from people.language import current_language
from people.models import Gender, TargetGroup
from people.regions import Region
from people.selectors import groups_visible_to
from programmes.models import ProgrammePage
from webinars.models import WebinarPage


class RegisterFilter(forms.Form):
    course = forms.ChoiceField(label=_("Course, webinar or programme"), required=False)
    start = forms.DateField(
        label=_("Completed from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All")), *Region.choices]
    )
    group = forms.ChoiceField(label=_("Target group"), required=False)
    gender = forms.ChoiceField(
        label=_("Gender"), required=False, choices=[("", _("All")), *Gender.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Valid and revoked")), *Certificate.Status.choices],
    )

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = viewer
        self.fields["course"].choices = [("", _("All")), *course_choices()]
        self.fields["group"].choices = [
            ("", _("All")),
            *[(group.slug, group.name) for group in groups_visible_to(viewer)],
        ]

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data

    def picked_group(self) -> TargetGroup | None:
        if not self.is_valid() or not self.cleaned_data["group"]:
            return None
        return groups_visible_to(self.viewer).filter(slug=self.cleaned_data["group"]).first()

    def filter(self, certificates: QuerySet[Certificate]) -> QuerySet[Certificate]:
        if not self.is_valid():
            return certificates.none()
        data = self.cleaned_data
        if data["course"]:
            certificates = certificates.filter(course_key=data["course"])
        if data["start"]:
            certificates = certificates.filter(completed_on__gte=data["start"])
        if data["end"]:
            certificates = certificates.filter(completed_on__lte=data["end"])
        if data["region"]:
            certificates = certificates.filter(region=data["region"])
        if data["gender"]:
            certificates = certificates.filter(gender=data["gender"])
        if group := self.picked_group():
            certificates = certificates.filter(
                pk__in=Certificate.target_groups.through.objects.filter(targetgroup=group).values(
                    "certificate_id"
                )
            )
        status = data["status"]
        if status == Certificate.Status.SUPERSEDED:
            certificates = certificates.filter(superseded_at__isnull=False)
        elif status == Certificate.Status.REVOKED:
            certificates = certificates.filter(superseded_at__isnull=True, revoked_at__isnull=False)
        elif status == Certificate.Status.VALID:
            certificates = certificates.filter(superseded_at__isnull=True, revoked_at__isnull=True)
        else:
            certificates = certificates.filter(superseded_at__isnull=True)
        return certificates


def course_choices() -> list:
    """The courses, then the webinars and the programmes (whose participation and programme
    certificates are in the register too), each once and titled in the reader's language where
    it has one. A certificate keeps its course's, webinar's or programme's key in course_key."""
    groups = [
        (_("Courses"), titles_by_key(CoursePage)),
        (_("Webinars"), titles_by_key(WebinarPage)),
        (_("Programmes"), titles_by_key(ProgrammePage)),
    ]
    return [(label, titles) for label, titles in groups if titles]


def titles_by_key(model) -> list[tuple[str, str]]:
    """(translation key, title in the reader's language where it has one) of every page of
    `model`, by title: one query."""
    language = current_language()
    titles: dict = {}
    for key, title, code in model.objects.values_list(
        "translation_key", "title", "locale__language_code"
    ).order_by("title"):
        if key not in titles or code == language:
            titles[key] = title
    return sorted(((str(key), title) for key, title in titles.items()), key=lambda c: c[1])
