"""The coordinators' register: certificates filtered by course or webinar, period, region,
target group, gender and status, and the counts of the filtered certificates by target group ×
region × gender, with small counts suppressed (lms.suppression)."""

from collections import defaultdict
from dataclasses import dataclass

from django import forms
from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate
from courses.models import CoursePage
from lms.suppression import Cell, suppress
from people.language import current_language
from people.models import Gender, TargetGroup
from people.regions import Region
from people.roles import sees_sensitive_groups
from webinars.models import WebinarPage

UNSAID = ""  # region or gender left empty in the profile


class RegisterFilter(forms.Form):
    course = forms.ChoiceField(label=_("Course or webinar"), required=False)
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
        if data["group"]:
            group = groups_visible_to(self.viewer).filter(slug=data["group"]).first()
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


def groups_visible_to(viewer) -> QuerySet[TargetGroup]:
    groups = TargetGroup.objects.all()
    return groups if sees_sensitive_groups(viewer) else groups.not_sensitive()


def course_choices() -> list:
    """The courses, then the webinars (whose participation certificates are in the register
    too), each once and titled in the reader's language where it has one."""
    groups = [(_("Courses"), _titles(CoursePage)), (_("Webinars"), _titles(WebinarPage))]
    return [(label, titles) for label, titles in groups if titles]


def _titles(model) -> list[tuple[str, str]]:
    language = current_language()
    titles: dict = {}
    for key, title, code in model.objects.values_list(
        "translation_key", "title", "locale__language_code"
    ).order_by("title"):
        if key not in titles or code == language:
            titles[key] = title
    return sorted(((str(key), title) for key, title in titles.items()), key=lambda c: c[1])


@dataclass
class CountBlock:
    title: str
    sensitive: bool
    columns: list[str]  # gender labels
    rows: list[tuple[str, list[Cell]]]  # region label, cells per gender then the row total
    total: list[Cell]


def _block(title, sensitive, counts: dict[tuple[str, str], int], genders) -> CountBlock:
    regions = [*Region.choices, (UNSAID, _("Not given"))]
    used = [
        (value, label)
        for value, label in regions
        if any(counts.get((value, gender)) for gender, _label in genders)
    ]
    grid = [[counts.get((region, gender), 0) for gender, _l in genders] for region, _l in used]
    cells = suppress(grid)
    return CountBlock(
        title=title,
        sensitive=sensitive,
        columns=[label for _value, label in genders],
        rows=[(label, row) for (_value, label), row in zip(used, cells[:-1], strict=True)],
        total=cells[-1],
    )


def gender_columns() -> list[tuple[str, str]]:
    return [*Gender.choices, (UNSAID, _("Not given"))]


def counts_for(*, certificates: QuerySet[Certificate], viewer) -> list[CountBlock]:
    """All certificates (each once), then each target group: two queries however many."""
    everyone = {
        (row["region"], row["gender"]): row["n"]
        for row in certificates.values("region", "gender").annotate(n=Count("pk"))
    }
    groups = list(groups_visible_to(viewer))
    by_group: dict[int, dict] = defaultdict(dict)
    membership = (
        Certificate.target_groups.through.objects.filter(
            certificate__in=certificates, targetgroup__in=groups
        )
        .values("targetgroup_id", "certificate__region", "certificate__gender")
        .annotate(n=Count("certificate_id", distinct=True))
    )
    for row in membership:
        key = (row["certificate__region"], row["certificate__gender"])
        by_group[row["targetgroup_id"]][key] = row["n"]
    # A gender nobody in the selection has is left out: its column would be all zeros.
    genders = [
        (value, label)
        for value, label in gender_columns()
        if any(count for (_region, gender), count in everyone.items() if gender == value)
    ]
    blocks = [_block(_("All certificates"), False, everyone, genders)] if everyone else []
    blocks += [
        _block(group.name, group.is_sensitive, by_group[group.pk], genders)
        for group in groups
        if by_group.get(group.pk)
    ]
    return blocks


def counts_table(blocks: list[CountBlock]) -> tuple[list[str], list[list[str]]]:
    """The counts as flat rows for CSV and XLSX: what the page shows, suppression included."""
    columns = blocks[0].columns if blocks else []
    header = [
        str(_("Target group")),
        str(_("Region")),
        *[str(label) for label in columns],
        str(_("Total")),
    ]
    rows = []
    for block in blocks:
        for label, cells in block.rows:
            rows.append([str(block.title), str(label), *[str(cell) for cell in cells]])
        rows.append([str(block.title), str(_("Total")), *[str(cell) for cell in block.total]])
    return header, rows
