"""A webinar's counts (moved from the webinar's report): the registered and those who attended,
by target group × region × gender, built by core.suppression's rules (people.counting)."""

from collections import Counter

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from core.suppression import CountTable
from people.counting import profile_counts_table
from webinars.models import Registration


def webinar_counts(webinar_key, *, viewer) -> dict[str, CountTable]:
    """Two tables, the registered and the attended, each person once in each: four grouped
    queries however many registrations."""
    rows = Registration.objects.filter(webinar_key=webinar_key)
    measures = {
        "registered": Q(status=Registration.Status.REGISTERED),
        "attended": Q(attended_at__isnull=False),
    }
    tables = {}
    for name, everyone in (
        ("registered", _("All registered")),
        ("attended", _("All who attended")),
    ):
        picked = rows.filter(measures[name])
        counts: Counter = Counter()
        for row in (
            picked.values("user__region", "user__gender")
            .annotate(n=Count("user", distinct=True))
            .order_by()
        ):
            counts[(None, row["user__region"], row["user__gender"])] += row["n"]
        for row in (
            picked.filter(user__target_groups__isnull=False)
            .values("user__target_groups", "user__region", "user__gender")
            .annotate(n=Count("user", distinct=True))
            .order_by()
        ):
            key = (row["user__target_groups"], row["user__region"], row["user__gender"])
            counts[key] += row["n"]
        tables[name] = profile_counts_table(counts, viewer=viewer, everyone=everyone)
    return tables
