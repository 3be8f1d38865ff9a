"""The certificates' counts (moved from the certificates register): the certificates the
register's filters pick (certificates.register.RegisterFilter) by target group × region ×
gender, built by core.suppression's rules (people.counting)."""

from collections import Counter

from django.db.models import Count, QuerySet
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate
from certificates.register import RegisterFilter
from core.suppression import CountTable
from people.counting import profile_counts_table


def certificate_counts(*, form: RegisterFilter, certificates: QuerySet[Certificate]) -> CountTable:
    """Two grouped queries however many certificates (each certificate once in each). Filtered
    by region, gender or a target group, sensitive groups are left out; filtered by a sensitive
    group, only its total is given."""
    data = form.cleaned_data if form.is_valid() else {}
    counts: Counter = Counter()
    everyone = certificates.values("region", "gender").annotate(n=Count("pk")).order_by()
    for row in everyone:
        counts[(None, row["region"], row["gender"])] += row["n"]
    by_group = (
        Certificate.target_groups.through.objects.filter(certificate__in=certificates)
        .values("targetgroup_id", "certificate__region", "certificate__gender")
        .annotate(n=Count("certificate_id", distinct=True))
        .order_by()
    )
    for row in by_group:
        key = (row["targetgroup_id"], row["certificate__region"], row["certificate__gender"])
        counts[key] += row["n"]
    return profile_counts_table(
        counts,
        viewer=form.viewer,
        everyone=_("All certificates"),
        picked_by_group=form.picked_group(),
        picked_by_profile=bool(data.get("region") or data.get("gender")),
    )
