from django import template
from django.utils.translation import get_language

from courses.models import CourseIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The course catalogue in the current language (or the Kyrgyz one)."""
    page = context.get("page")
    for ancestor in getattr(page, "route_ancestors", []):
        if ancestor.specific_class is CourseIndexPage:
            return ancestor.get_url(context.get("request"))
    language = (get_language() or "ky")[:2]
    catalogues = CourseIndexPage.objects.live().select_related("locale")
    catalogue = catalogues.filter(locale__language_code=language).first() or catalogues.first()
    return catalogue.get_url(context.get("request")) if catalogue else ""
