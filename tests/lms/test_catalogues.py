"""Every string the project adds is translated in Kyrgyz and Russian."""

import re
from pathlib import Path

import pytest
from django.conf import settings

CATALOGUES = Path(settings.BASE_DIR) / "locale"
LOOK_ALIKES = re.compile("[\u04ca\u04cb\u04b0\u04b1\u0423\u0443]\u0308|[\u04ca\u04cb]")


def entries(language: str):
    text = (CATALOGUES / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    for block in text.split("\n\n")[1:]:
        msgid = "".join(
            re.findall(r'^(?:msgid|msgid_plural)? ?"(.*)"$', block.split("msgstr")[0], re.M)
        )
        strs = re.findall(r'^msgstr(?:\[\d\])? "(.*)"\n?((?:".*"\n?)*)', block, re.M)
        values = [first + "".join(re.findall(r'"(.*)"', rest)) for first, rest in strs]
        yield msgid, values, "#, fuzzy" in block


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_every_message_is_translated(language):
    untranslated = [msgid for msgid, values, fuzzy in entries(language) if fuzzy or not all(values)]
    assert untranslated == []


def test_kyrgyz_uses_the_real_kyrgyz_letters():
    texts = [value for _msgid, values, _fuzzy in entries("ky") for value in values]
    assert any(letter in "".join(texts) for letter in "ңүө")
    assert [text for text in texts if LOOK_ALIKES.search(text)] == []
