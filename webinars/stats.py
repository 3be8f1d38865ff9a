"""Counts for coordinators: registrations and attendance by target group × region × gender,
built by core.suppression's rules (people.counting), as the certificates' counts are."""

from django.utils.translation import gettext as _

from core.suppression import CountTable
from people.counting import counted, profile_count_table
from webinars.models import Registration


def counts_by_group(webinar_key, *, viewer) -> dict[str, CountTable]:
    """Two tables, the registered and the attended, each person once in each."""
    registrations = (
        Registration.objects.filter(webinar_key=webinar_key)
        .exclude(status=Registration.Status.CANCELLED, attended_at__isnull=True)
        .select_related("user")
        .prefetch_related("user__target_groups")
    )
    registered, attended = [], []
    for registration in registrations:
        person = registration.user
        row = counted(
            region=person.region,
            gender=person.gender,
            groups=[group.pk for group in person.target_groups.all()],
        )
        if registration.status == Registration.Status.REGISTERED:
            registered.append(row)
        if registration.attended_at:
            attended.append(row)
    return {
        name: profile_count_table(rows, viewer=viewer, everyone=everyone)
        for name, rows, everyone in (
            ("registered", registered, _("All registered")),
            ("attended", attended, _("All who attended")),
        )
    }
