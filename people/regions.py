"""Where a person lives: the regions of Kyrgyzstan, or abroad with a country.

Country names come from pycountry's ISO 3166 catalogues, which carry Kyrgyz and Russian names;
the few countries without a Kyrgyz name fall back to Russian, never to English, on a Kyrgyz page."""

import gettext
from functools import cache

import pycountry
from django.db import models
from django.utils.translation import gettext_lazy as _

from people.language import current_language


class Region(models.TextChoices):
    BISHKEK = "bishkek", _("Bishkek city")
    OSH_CITY = "osh_city", _("Osh city")
    BATKEN = "batken", _("Batken region")
    CHUY = "chuy", _("Chüy region")
    ISSYK_KUL = "issyk_kul", _("Issyk-Kul region")
    JALAL_ABAD = "jalal_abad", _("Jalal-Abad region")
    NARYN = "naryn", _("Naryn region")
    OSH = "osh", _("Osh region")
    TALAS = "talas", _("Talas region")
    ABROAD = "abroad", _("Abroad")


class SettlementType(models.TextChoices):
    URBAN = "urban", _("Urban")
    RURAL = "rural", _("Rural")


FALLBACKS = {"ky": ["ky", "ru"], "ru": ["ru"]}


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1",
        pycountry.LOCALES_DIR,
        languages=FALLBACKS.get(language, [language]),
        fallback=True,
    )


@cache
def country_choices(language: str) -> list[tuple[str, str]]:
    """(ISO alpha-2 code, name in the language), sorted by name; Kyrgyzstan itself is left out."""
    catalogue = _catalogue(language)
    names = [
        (country.alpha_2, catalogue.gettext(country.name))
        for country in pycountry.countries
        if country.alpha_2 != "KG"
    ]
    return sorted(names, key=lambda pair: pair[1])


def country_name(code: str, language: str | None = None) -> str:
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return ""
    return _catalogue((language or current_language())[:2]).gettext(country.name)


COUNTRY_CODES = frozenset(country.alpha_2 for country in pycountry.countries) - {"KG"}
