""" "This in language L, else any": the one way every app picks a translation to show."""

from django.db.models import QuerySet
from wagtail.models import Locale


def in_locale(target, language, *, live: bool = True):
    """`target`'s translation in `language` (a code or a Locale), else `target` itself.

    `target` is one translatable object, a list of them (one query for all; each kept where it
    has no translation), or a queryset (its first row in `language`, else its first row, else
    None). `live`: of pages, only a published translation is taken (a draft is not read yet);
    snippets have no such state. `language` None, or one with no Locale, leaves `target` as it
    is."""
    if isinstance(language, str):
        language = Locale.objects.filter(language_code=language).first()
    if isinstance(target, QuerySet):
        in_language = target.filter(locale=language).first() if language else None
        return in_language or target.first()
    objects = target if isinstance(target, list) else [target]
    wanted = [obj for obj in objects if language and obj.locale_id != language.pk]
    found = {}
    if wanted:
        translations = type(wanted[0])._default_manager.filter(
            translation_key__in=[obj.translation_key for obj in wanted], locale=language
        )
        if live and hasattr(translations, "live"):
            translations = translations.live()
        found = {obj.translation_key: obj for obj in translations}
    chosen = [found.get(obj.translation_key, obj) for obj in objects]
    return chosen if isinstance(target, list) else chosen[0]
