from django import template

from people.roles import Role, has_role

register = template.Library()


@register.filter
def trains(user) -> bool:
    """The menu's link, for trainers and coordinators: from the roles read once per request, no
    query of its own on every page (a co-trainer without the role has her session's link)."""
    return has_role(user, Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR)
