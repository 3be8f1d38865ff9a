"""Count tables (core.suppression) over people's profiles: every region and gender is always a
line ("Not given" takes an empty one and "Prefer not to say"), and the target groups are those
the viewer may see."""

from collections import Counter

from django.utils.translation import gettext_lazy as _

from core.suppression import Counted, CountTable, count_table, count_table_of
from people.models import Gender
from people.regions import Region
from people.selectors import groups_visible_to

NOT_GIVEN = ""
_REGIONS = frozenset(Region.values)
_GENDERS = frozenset(Gender.values) - {Gender.UNSAID}


def counted(*, region: str, gender: str, groups) -> Counted:
    return Counted(
        region=region if region in _REGIONS else NOT_GIVEN,
        gender=gender if gender in _GENDERS else NOT_GIVEN,
        groups=frozenset(groups),
    )


def profile_regions() -> list[tuple[str, str]]:
    return [*Region.choices, (NOT_GIVEN, _("Not given"))]


def profile_genders() -> list[tuple[str, str]]:
    return [
        *[(value, label) for value, label in Gender.choices if value in _GENDERS],
        (NOT_GIVEN, _("Not given")),
    ]


def profile_region(value: str) -> str:
    return value if value in _REGIONS else NOT_GIVEN


def profile_gender(value: str) -> str:
    return value if value in _GENDERS else NOT_GIVEN


def profile_counts_table(
    counts, *, viewer, everyone: str, picked_by_group=None, picked_by_profile=False
) -> CountTable:
    """profile_count_table from counts the database made: (None or a target group pk, region,
    gender) → people, each once; unknown regions and genders are "Not given"."""
    mapped: Counter = Counter()
    for (key, region, gender), number in counts.items():
        mapped[(key, profile_region(region), profile_gender(gender))] += number
    return count_table_of(
        mapped,
        groups=groups_visible_to(viewer),
        regions=profile_regions(),
        genders=profile_genders(),
        everyone=everyone,
        picked_by_group=picked_by_group,
        picked_by_profile=picked_by_profile,
    )


def profile_count_table(
    people, *, viewer, everyone: str, picked_by_group=None, picked_by_profile=False
) -> CountTable:
    return count_table(
        people,
        groups=groups_visible_to(viewer),
        regions=[*Region.choices, (NOT_GIVEN, _("Not given"))],
        genders=[
            *[(value, label) for value, label in Gender.choices if value in _GENDERS],
            (NOT_GIVEN, _("Not given")),
        ],
        everyone=everyone,
        picked_by_group=picked_by_group,
        picked_by_profile=picked_by_profile,
    )


def flat_labels() -> dict[str, str]:
    return {"group": str(_("Target group")), "region": str(_("Region")), "total": str(_("Total"))}
