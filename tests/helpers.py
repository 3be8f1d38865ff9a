from django.utils import translation
from django.utils.translation import gettext


def translated(message: str, language: str = "ky") -> str:
    """`message` in `language`, failing if the catalogue leaves it in English."""
    with translation.override(language):
        text = gettext(message)
    assert text != message, f"no {language} translation for {message!r}"
    return text
