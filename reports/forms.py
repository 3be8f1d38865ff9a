"""The report's filters (period, course, programme, session, webinar or series, oblast, target
group, the cascade's master trainer) and what to break the table down by, read from the query
string and resolved into an indicators.Scope. A trainer's form offers her own sessions only, and
her scope is held to them whatever the query string says.

The target groups offered are those the viewer may see (people.selectors.groups_visible_to: a
sensitive group to coordinators and administrators only); any other value of `group` in the
query string (a sensitive group's id in a trainer's, a word) is ignored as if not given: the
form stays valid and its other filters hold."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from certificates.register import titles_by_key
from courses.models import CoursePage
from people.regions import Region
from people.selectors import groups_visible_to
from programmes.models import ProgrammePage
from programmes.selectors import programme_page, requirement_sets
from reports import dimensions
from reports.access import sees_everything
from reports.indicators import INDICATORS, Scope, indicator_choices
from trainings.cascade import master_trainers
from trainings.models import Session
from trainings.selectors import sessions_of
from webinars.models import WebinarPage, WebinarSeriesPage

MAX_SESSIONS = 300  # the newest, in the list; older ones are picked by their course or period
FILTERS = (
    "start",
    "end",
    "course",
    "programme",
    "session",
    "webinar",
    "region",
    "group",
    "master",
)
LAYOUT = ("indicator", "rows", "columns")


class IgnoredUnlessOffered(forms.ChoiceField):
    """A choice not offered reads as not given (""), never as an error."""

    def clean(self, value):
        value = self.to_python(value)
        if value and not self.valid_value(value):
            value = ""
        return super().clean(value)


class ReportFilter(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    course = forms.ChoiceField(label=_("Course"), required=False)
    programme = forms.ChoiceField(label=_("Programme"), required=False)
    session = forms.ChoiceField(label=_("Face-to-face session"), required=False)
    webinar = forms.ChoiceField(label=_("Webinar or series"), required=False)
    region = forms.ChoiceField(
        label=_("Oblast"), required=False, choices=[("", _("All")), *Region.choices]
    )
    group = IgnoredUnlessOffered(label=_("Target group"), required=False)
    master = forms.ChoiceField(label=_("Cascade of"), required=False)
    indicator = forms.ChoiceField(label=_("Count"), required=False)
    rows = forms.ChoiceField(label=_("By"), required=False)
    columns = forms.ChoiceField(label=_("and by"), required=False)

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = viewer
        self.everything = sees_everything(viewer)
        everyone = [("", _("All"))]
        self.groups = {group.pk: group for group in groups_visible_to(viewer)}
        self.fields["group"].choices = [
            *everyone,
            *[(str(pk), group.name) for pk, group in self.groups.items()],
        ]
        if self.everything:
            self.fields["course"].choices = [*everyone, *titles_by_key(CoursePage)]
            self.fields["programme"].choices = [*everyone, *titles_by_key(ProgrammePage)]
            self.fields["webinar"].choices = [
                *everyone,
                (_("Series"), titles_by_key(WebinarSeriesPage)),
                (_("Webinars"), titles_by_key(WebinarPage)),
            ]
            self.fields["master"].choices = [
                ("", _("None")),
                *[(str(t.pk), t.full_name or t.email) for t in master_trainers()],
            ]
        else:
            for name in ("course", "programme", "webinar", "master"):
                del self.fields[name]
        sessions = sessions_of(viewer) if self.everything else _led_by(viewer)
        self.fields["session"].choices = [
            *everyone,
            *[(str(s.pk), str(s)) for s in sessions.order_by("-pk")[:MAX_SESSIONS]],
        ]
        # A trainer is offered only what her report counts (her sessions).
        mine = None if self.everything else Scope(trainer_id=viewer.pk)
        self.fields["indicator"].choices = indicator_choices(mine)
        self.fields["rows"].choices = dimensions.choices()
        self.fields["columns"].choices = [("", _("Nothing else")), *dimensions.choices()]

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError(_("The period ends before it starts."))
        group = self._group(data.get("group"))
        if group is not None and group.is_sensitive and data.get("region"):
            # Its people in one oblast would be the group crossed with the oblast.
            raise forms.ValidationError(
                _("A sensitive target group is counted in totals only, never by oblast.")
            )
        return data

    @property
    def data_ok(self) -> dict:
        return self.cleaned_data if self.is_valid() else {}

    def scope(self) -> Scope:
        """The filters resolved; a form with errors reports over nothing filtered by it."""
        data = self.data_ok
        keys = {}
        for name in ("course", "webinar", "programme"):
            keys[name] = _uuid(data.get(name, ""))
        session = data.get("session")
        group = self.picked_group()
        programme_items: dict = {}
        if keys["programme"] is not None:
            programme_items = _programme_items(keys["programme"])
        return Scope(
            start=data.get("start"),
            end=data.get("end"),
            course_keys=frozenset({keys["course"]}) if keys["course"] else None,
            webinar_keys=_webinar_keys(keys["webinar"]) if keys["webinar"] else None,
            session_ids=frozenset({int(session)}) if session else None,
            programme_key=keys["programme"],
            programme_items=programme_items,
            region=data.get("region", ""),
            group_id=group.pk if group else None,
            group_sensitive=bool(group and group.is_sensitive),
            trainer_id=None if self.everything else self.viewer.pk,
        )

    def picked_indicator(self, scope: Scope):
        offered = dict(indicator_choices(scope))
        key = self.data_ok.get("indicator")
        if key not in offered:
            key = next(iter(offered), None)
        return INDICATORS.get(key) if key else None

    def picked_dimensions(self):
        rows = dimensions.REGISTRY.get(self.data_ok.get("rows") or "gender")
        columns = dimensions.REGISTRY.get(self.data_ok.get("columns") or "")
        return rows or dimensions.REGISTRY["gender"], columns

    def picked_group(self):
        """The target group picked, if the viewer may see it (else None: not filtered)."""
        return self._group(self.data_ok.get("group"))

    def _group(self, value: str | None):
        return self.groups.get(int(value)) if value else None

    def master_id(self) -> int | None:
        if not self.everything:
            return self.viewer.pk
        master = self.data_ok.get("master")
        return int(master) if master else None

    def filters(self) -> dict[str, str]:
        """The filters as given (for a saved report and the file names' query); a target group
        the viewer may not pick is left out, as it is ignored."""
        found = {
            name: self.data.get(name, "")
            for name in (*FILTERS, *LAYOUT)
            if name in self.fields and self.data.get(name)
        }
        if "group" in found and self.picked_group() is None:
            del found["group"]
        return found


def _uuid(value: str):
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


def _led_by(viewer):
    return Session.objects.filter(lead_trainer=viewer)


def _webinar_keys(key) -> frozenset:
    """A webinar's key, or a series': the keys of its webinars."""
    series = WebinarSeriesPage.objects.filter(translation_key=key)
    if not series.exists():
        return frozenset({key})
    keys = set()
    for parent in series:
        keys |= set(WebinarPage.objects.child_of(parent).values_list("translation_key", flat=True))
    return frozenset(keys)


def _programme_items(key) -> dict:
    page = programme_page(key)
    items: dict = {"course": set(), "session": set(), "webinar": set()}
    if page is None:
        return items
    for requirement in requirement_sets(page):
        for item in requirement.items:
            items[item.kind].add(item.key)
            if item.members:
                items[item.kind] |= set(item.members)
    return items
