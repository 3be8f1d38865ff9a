"""Count tables (core.suppression) over people's profiles: every region and gender is always a
line ("Not given" takes an empty one and "Prefer not to say"), and the target groups are those
the viewer may see."""

from django.utils.translation import gettext_lazy as _

from core.suppression import Counted, CountTable, count_table
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
