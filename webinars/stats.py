"""Counts for coordinators: registrations and attendance by target group × region × gender, with
a total per group. Small counts are hidden as the certificates' counts are (lms.suppression:
"<5", and "×" where a visible count would give a hidden one away through the total)."""

from collections import Counter

from django.utils.translation import gettext as _

from lms.suppression import suppress
from people.models import Gender
from people.regions import Region
from webinars.models import Registration


def counts_by_group(webinar_key) -> list[dict]:
    registrations = (
        Registration.objects.filter(webinar_key=webinar_key)
        .exclude(status=Registration.Status.CANCELLED, attended_at__isnull=True)
        .select_related("user")
        .prefetch_related("user__target_groups")
    )
    registered, attended = Counter(), Counter()
    for registration in registrations:
        person = registration.user
        groups = [group.name for group in person.target_groups.all()] or ["—"]
        for group in groups:
            cell = (group, person.region, person.gender)
            if registration.status == Registration.Status.REGISTERED:
                registered[cell] += 1
            if registration.attended_at:
                attended[cell] += 1
    regions, genders = dict(Region.choices), dict(Gender.choices)
    cells = set(registered) | set(attended)
    rows = []
    for group in sorted({group for group, _region, _gender in cells}):
        places = sorted(
            {(region, gender) for g, region, gender in cells if g == group},
            key=lambda place: tuple(map(str, place)),
        )
        # One column per measure: each hidden count needs a hidden companion in its column.
        shown = {
            name: suppress([[counts[(group, *place)]] for place in places])
            for name, counts in (("registered", registered), ("attended", attended))
        }
        for n, (region, gender) in enumerate(places):
            rows.append(
                {
                    "group": group,
                    "region": str(regions.get(region, "—")),
                    "gender": str(genders.get(gender, "—")),
                    **{name: str(column[n][0]) for name, column in shown.items()},
                }
            )
        rows.append(
            {
                "group": group,
                "region": _("Total"),
                "gender": "",
                **{name: str(column[-1][0]) for name, column in shown.items()},
            }
        )
    return rows
