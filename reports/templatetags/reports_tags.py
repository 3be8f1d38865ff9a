from django import template

from reports.access import sees_reports as _sees_reports

register = template.Library()


@register.filter
def sees_reports(user) -> bool:
    return _sees_reports(user)
