from django.conf import settings
from django.utils.translation import get_language


def current_language() -> str:
    """The two-letter code of the language being read now (Kyrgyz when none is active)."""
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def remember_language(response, language: str):
    """Keep the language a person chose in her browser, for the visits after this one."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
    )
    return response
