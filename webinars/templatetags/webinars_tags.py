from django import template

from people.language import current_language
from webinars.models import WebinarSeriesPage

register = template.Library()


@register.simple_tag(takes_context=True)
def webinars_url(context) -> str:
    """The webinar series in the current language (or in any), for the site's menu."""
    series = WebinarSeriesPage.objects.live().select_related("locale").order_by("path")
    page = series.filter(locale__language_code=current_language()).first() or series.first()
    return page.get_url(context.get("request")) if page else ""
