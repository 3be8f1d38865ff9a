"""The demo home pages: the Kyrgyz one from the migration, translated to Russian and English
(texts in demo/content/home.yaml)."""

from django.db import transaction
from wagtail.models import Locale, Site

from demo import content
from home.models import HomePage

HOME = content.load("home")


@transaction.atomic
def seed_home_pages() -> list[HomePage]:
    site = Site.objects.get(is_default_site=True)
    source = site.root_page.specific
    pages = []
    for language, texts in HOME.items():
        title, intro = texts["title"], texts["intro"]
        locale, _ = Locale.objects.get_or_create(language_code=language)
        page = source.get_translation_or_none(locale)
        if page is None:
            page = source.copy_for_translation(locale)
        page = page.specific
        if page.title != title or page.intro != intro or not page.live:
            page.title = page.draft_title = title
            page.intro = intro
            page.save_revision().publish()
        pages.append(page)
    return pages
