"""Names a person reads for the time zones our learners live in (Kyrgyzstan, its neighbours,
and where the diaspora works), in the page's language. The browser knows the viewer's zone
only as a code ("Europe/Warsaw"); webinar pages carry this map, and a zone not in it is shown
by the city of its code (webinar.js).

Babel's CLDR names would cover every zone, but the zone is known in the browser only, so the
names travel in the page anyway: a short list of the zones used here keeps the page light and
needs no dependency."""

from django.utils.translation import pgettext_lazy

# Each name has the context "time zone": "Bishkek" the region reads "Бишкек шаары", the zone
# just "Бишкек".

UNIVERSAL = pgettext_lazy("time zone", "Coordinated Universal Time, UTC")

ZONE_NAMES = {
    "Asia/Bishkek": pgettext_lazy("time zone", "Bishkek"),
    "Asia/Almaty": pgettext_lazy("time zone", "Almaty"),
    "Asia/Aqtau": pgettext_lazy("time zone", "Aktau"),
    "Asia/Tashkent": pgettext_lazy("time zone", "Tashkent"),
    "Asia/Samarkand": pgettext_lazy("time zone", "Samarkand"),
    "Asia/Dushanbe": pgettext_lazy("time zone", "Dushanbe"),
    "Asia/Ashgabat": pgettext_lazy("time zone", "Ashgabat"),
    "Asia/Urumqi": pgettext_lazy("time zone", "Urumqi"),
    "Asia/Shanghai": pgettext_lazy("time zone", "Beijing"),
    "Asia/Seoul": pgettext_lazy("time zone", "Seoul"),
    "Asia/Tokyo": pgettext_lazy("time zone", "Tokyo"),
    "Asia/Dubai": pgettext_lazy("time zone", "Dubai"),
    "Asia/Baku": pgettext_lazy("time zone", "Baku"),
    "Asia/Tbilisi": pgettext_lazy("time zone", "Tbilisi"),
    "Asia/Yerevan": pgettext_lazy("time zone", "Yerevan"),
    "Europe/Moscow": pgettext_lazy("time zone", "Moscow"),
    "Europe/Samara": pgettext_lazy("time zone", "Samara"),
    "Asia/Yekaterinburg": pgettext_lazy("time zone", "Yekaterinburg"),
    "Asia/Omsk": pgettext_lazy("time zone", "Omsk"),
    "Asia/Novosibirsk": pgettext_lazy("time zone", "Novosibirsk"),
    "Asia/Krasnoyarsk": pgettext_lazy("time zone", "Krasnoyarsk"),
    "Asia/Irkutsk": pgettext_lazy("time zone", "Irkutsk"),
    "Asia/Yakutsk": pgettext_lazy("time zone", "Yakutsk"),
    "Asia/Vladivostok": pgettext_lazy("time zone", "Vladivostok"),
    "Europe/Minsk": pgettext_lazy("time zone", "Minsk"),
    "Europe/Kyiv": pgettext_lazy("time zone", "Kyiv"),
    "Europe/Kiev": pgettext_lazy("time zone", "Kyiv"),
    "Europe/Istanbul": pgettext_lazy("time zone", "Istanbul"),
    "Europe/Warsaw": pgettext_lazy("time zone", "Warsaw"),
    "Europe/Prague": pgettext_lazy("time zone", "Prague"),
    "Europe/Berlin": pgettext_lazy("time zone", "Berlin"),
    "Europe/Vienna": pgettext_lazy("time zone", "Vienna"),
    "Europe/Rome": pgettext_lazy("time zone", "Rome"),
    "Europe/Madrid": pgettext_lazy("time zone", "Madrid"),
    "Europe/Paris": pgettext_lazy("time zone", "Paris"),
    "Europe/London": pgettext_lazy("time zone", "London"),
    "America/New_York": pgettext_lazy("time zone", "New York"),
    "America/Chicago": pgettext_lazy("time zone", "Chicago"),
    "America/Los_Angeles": pgettext_lazy("time zone", "Los Angeles"),
    "UTC": UNIVERSAL,
    "Etc/UTC": UNIVERSAL,
    "Etc/GMT": UNIVERSAL,
}


def zone_names() -> dict[str, str]:
    """{zone code: its name in the active language}."""
    return {code: str(name) for code, name in ZONE_NAMES.items()}
