from django import template
from django.utils.html import format_html

from core.once import FIELD, once_token
from people.roles import Role, has_role

register = template.Library()


@register.simple_tag
def once_field():
    """The hidden one-time token of a form (core.once): a double click posts it twice."""
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, once_token())


@register.filter
def trains(user) -> bool:
    """The menu's link, for trainers and coordinators: from the roles read once per request, no
    query of its own on every page (a co-trainer without the role has her session's link)."""
    return has_role(user, Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR)
