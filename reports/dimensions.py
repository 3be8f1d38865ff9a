"""The dimensions a report is broken down by: a small registry, one entry per dimension.

A dimension names the profile field it reads (`field`: "region", "birth_year"…) and the values
it shows, each with its label, "Not given" last. Each source of a count (reports.indicators)
says where that field is for its rows (an enrolment's person is `user__region`, a certificate
keeps its own snapshot `region`); a source that does not know a field counts everyone as "Not
given". Adding a dimension is one `register(Dimension(...))`:

    register(Dimension("disability", _("Disability"), field="wg_disability",
                       values=lambda viewer: [*WgAnswer.choices, (NOT_GIVEN, _("Not given"))]))

and, for the sources that carry it, the field's path in their `fields`."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, CharField, F, Value, When
from django.db.models.expressions import Expression
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people import disability
from people.counting import NOT_GIVEN, profile_genders, profile_regions
from people.regions import SettlementType
from people.selectors import groups_visible_to


@dataclass(frozen=True)
class Dimension:
    key: str
    label: str
    field: str  # the profile field, as each source names its path
    values: Callable  # viewer → [(value, label)], every value always listed, "Not given" last
    # path → the expression whose value is one of `values` (default: the field as stored)
    expression: Callable[[str], Expression] | None = None
    groups: bool = False  # target groups: a person in several is counted in each

    def expression_for(self, path: str | None) -> Expression:
        if path is None:
            return Value(NOT_GIVEN, output_field=CharField())
        if self.expression is not None:
            return self.expression(path)
        return F(path)

    def normalise(self, value, known: set) -> str:
        value = "" if value is None else str(value)
        return value if value in known else NOT_GIVEN


REGISTRY: dict[str, Dimension] = {}


def register(dimension: Dimension) -> None:
    REGISTRY[dimension.key] = dimension


def choices() -> list[tuple[str, str]]:
    return [(key, dimension.label) for key, dimension in REGISTRY.items()]


def _not_given(values) -> list[tuple[str, str]]:
    return [*values, (NOT_GIVEN, _("Not given"))]


def age_bands() -> list[tuple[str, str]]:
    """settings.REPORTS_AGE_BANDS as (value, label): "15-17" is "15–17", "65-" is "65+"."""
    bands = []
    for start, end in settings.REPORTS_AGE_BANDS:
        value = f"{start}-{end or ''}"
        bands.append((value, f"{start}–{end}" if end else f"{start}+"))
    return bands


def _age_band(path: str) -> Expression:
    """Her age this year, from her birth year, as one of age_bands(): one CASE in the query."""
    year = timezone.localdate().year
    whens = []
    for (start, end), (value, _label) in zip(settings.REPORTS_AGE_BANDS, age_bands(), strict=True):
        born = {f"{path}__lte": year - start}
        if end is not None:
            born[f"{path}__gte"] = year - end
        whens.append(When(**born, then=Value(value)))
    return Case(*whens, default=Value(NOT_GIVEN), output_field=CharField())


def _languages(viewer) -> list[tuple[str, str]]:
    # Each language by its own name, as the language menu shows them.
    return _not_given(list(settings.LANGUAGES))


register(Dimension("gender", _("Gender"), "gender", lambda viewer: profile_genders()))
register(
    Dimension("age", _("Age band"), "birth_year", lambda v: _not_given(age_bands()), _age_band)
)
register(Dimension("region", _("Oblast"), "region", lambda viewer: profile_regions()))
register(
    Dimension(
        "settlement",
        _("Urban or rural"),
        "settlement_type",
        lambda viewer: _not_given(SettlementType.choices),
    )
)
register(
    Dimension(
        "group",
        _("Target group"),
        "target_groups",
        lambda viewer: [(str(g.pk), g.name) for g in groups_visible_to(viewer)],
        groups=True,
    )
)
register(Dimension("language", _("Language"), "preferred_language", _languages))
register(
    Dimension(
        "disability",
        _("Disability"),
        "disability",  # each source's path to the person, whose six answers are read
        lambda viewer: [(str(value), label) for value, label in disability.STATUSES],
        lambda path: disability.status_expression(path),
    )
)
