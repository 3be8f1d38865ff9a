import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from people.language import current_language
from webinars import timezones
from webinars.models import WebinarSeriesPage

register = template.Library()

# What Django's json_script escapes, so that the data cannot end the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


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
    # A series per language at most: one query, the choice made here.
    series = list(WebinarSeriesPage.objects.live().select_related("locale").order_by("path"))
    rank = {settings.LANGUAGE_CODE: 1, current_language(): 0}
    series.sort(key=lambda page: rank.get(page.locale.language_code, 2))  # stable: by path
    return series[0].get_url(request) if series else ""


@register.simple_tag
def zone_names_script() -> str:
    """The readable names of time zones in the current language, as JSON for webinar.js. Only
    the names that differ from the city of the code (webinar.js's fallback), written as UTF-8
    rather than \\u escapes (json_script's), so that the page stays light."""
    names = {
        code: name
        for code, name in timezones.zone_names().items()
        if name != code.rsplit("/", 1)[-1].replace("_", " ")
    }
    data = json.dumps(names, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script id="zone-names" type="application/json">{}</script>',
        mark_safe(data.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 (escaped just above)
    )
