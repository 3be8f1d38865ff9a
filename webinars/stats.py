"""Counts for coordinators: registrations and attendance by target group × region × gender. A
count under five is shown as "<5", so that nobody can be picked out of a small cell."""

from collections import Counter

from people.models import Gender
from people.regions import Region
from webinars.models import Registration

SMALL = 5


def suppressed(count: int) -> str:
    return "<5" if 0 < count < SMALL else str(count)


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
    return [
        {
            "group": group,
            "region": str(regions.get(region, "—")),
            "gender": str(genders.get(gender, "—")),
            "registered": suppressed(registered[(group, region, gender)]),
            "attended": suppressed(attended[(group, region, gender)]),
        }
        for group, region, gender in sorted(
            set(registered) | set(attended), key=lambda c: tuple(map(str, c))
        )
    ]
