from django import template

from core.i18n import in_locale
from courses.models import CourseIndexPage, CoursePage
from people.language import current_language

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The course catalogue in the current language (or the Kyrgyz one)."""
    page = context.get("page")
    for ancestor in getattr(page, "route_ancestors", []):
        if ancestor.specific_class is CourseIndexPage:
            return ancestor.get_url(context.get("request"))
    language = current_language()
    catalogues = CourseIndexPage.objects.live().select_related("locale")
    catalogue = in_locale(catalogues, language)
    return catalogue.get_url(context.get("request")) if catalogue else ""


@register.simple_tag
def courses_in_language(limit: int = 6):
    """The first published courses in the current language, for the home page."""
    language = current_language()
    return list(
        CoursePage.objects.live()
        .filter(locale__language_code=language)
        .only("title", "summary", "url_path", "path", "depth", "locale_id")
        .order_by("path")[:limit]
    )
