"""How a typed short answer is compared with the accepted ones.

Case, spaces and punctuation at the ends do not count; ё is е; and the letters a learner's
keyboard produces instead of the Kyrgyz ones (a Kazakh or Khakas ң, a Latin Y for Ү, a barred O or
a Greek theta for Ө) and the Latin letters that look like Cyrillic ones are read as the Cyrillic
letter they stand for. The Kyrgyz letters themselves stay distinct: "көл" (lake) is not "кол"
(hand)."""

import re
import unicodedata

# Before lower-casing: capitals whose small letters do not look alike (Latin B and в do not).
CAPITALS = str.maketrans({"B": "в", "H": "н", "M": "м", "T": "т", "K": "к", "Y": "ү"})

LETTERS = str.maketrans(
    {
        # Russian variants
        "ё": "е",
        # Keyboards without a Kyrgyz layout
        "ӊ": "ң",  # Khakas
        "ӈ": "ң",  # Nenets
        "ҥ": "ң",  # Altai/Mari ligature
        "ұ": "ү",  # Kazakh
        "ɵ": "ө",
        "θ": "ө",
        "ѳ": "ө",
        # Latin letters that look like Cyrillic ones
        "a": "а",
        "c": "с",
        "e": "е",
        "o": "о",
        "p": "р",
        "x": "х",
        "y": "у",
        "k": "к",
    }
)

SPACES = re.compile(r"\s+")
EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(CAPITALS).casefold()
    text = unicodedata.normalize("NFC", text).translate(LETTERS)
    text = SPACES.sub(" ", text).strip()
    text = re.sub(r"\s*-\s*", "-", text)
    return EDGES.sub("", text)
