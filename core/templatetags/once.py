"""`{% once_field %}`: the hidden one-time token of a form (core.once), for every app's forms."""

from django import template
from django.utils.html import format_html

from core.once import FIELD, once_token

register = template.Library()


@register.simple_tag
def once_field():
    """A double click posts the same token twice: the second post does nothing again."""
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, once_token())
