from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from people import roles

register = template.Library()


def _page_urls(page: Page, request) -> dict[str, str]:
    """The URL of `page` in each language it is published in; the home page of the others."""
    urls = {
        translation.locale.language_code: translation.get_url(request)
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }
    missing = [code for code, _name in settings.LANGUAGES if code not in urls]
    if missing:
        site = Site.find_for_request(request)
        if site is not None:
            homes = site.root_page.get_translations(inclusive=True).live()
            for home in homes.filter(locale__language_code__in=missing).select_related("locale"):
                urls[home.locale.language_code] = home.get_url(request)
    return urls


@register.inclusion_tag("lms/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    page_urls = _page_urls(page, request) if isinstance(page, Page) else {}
    current = get_language()
    links = [
        {
            "code": code,
            "name": name,
            "url": page_urls.get(code) or translate_url(request.get_full_path(), code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
    return {"links": links, "request": request, "csrf_token": context.get("csrf_token")}


@register.filter
def authors(user) -> bool:
    return roles.authors(user)
