from django import template
from django.conf import settings

from people.language import current_language
from webinars import timezones
from webinars.models import WebinarSeriesPage

register = template.Library()


@register.simple_tag(takes_context=True)
def webinars_url(context) -> str:
    """The webinar series for the site's menu: the one the page is in, else the one in the
    current language, else the Kyrgyz one (the source of every translation), else any."""
    request = context.get("request")
    page = context.get("page")
    if isinstance(page, WebinarSeriesPage):
        return page.get_url(request)
    for ancestor in getattr(page, "route_ancestors", []):
        if ancestor.specific_class is WebinarSeriesPage:
            return ancestor.get_url(request)
    series = WebinarSeriesPage.objects.live().select_related("locale").order_by("path")
    for language in (current_language(), settings.LANGUAGE_CODE):
        page = series.filter(locale__language_code=language).first()
        if page is not None:
            return page.get_url(request)
    page = series.first()
    return page.get_url(request) if page else ""


@register.simple_tag
def zone_names() -> dict[str, str]:
    """The readable names of time zones in the current language, for webinar.js."""
    return timezones.zone_names()
