from django import template

from people.roles import Role, has_role

register = template.Library()


@register.filter
def sees_reports(user) -> bool:
    """The menu's link, for trainers, coordinators and administrators: from the roles read once
    per request, no query of its own on every page (reports.access decides at the door)."""
    return has_role(user, Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR)
