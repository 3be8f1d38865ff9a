"""Codes people read aloud and type: symbols from an alphabet without look-alikes (no 0/O/Q,
1/I/L, 2/Z, 5/S, 8/B, U/V), in groups of five. Typing is forgiving: case, spaces and dashes do
not matter, and Cyrillic letters that look like Latin ones (a Kyrgyz or Russian keyboard) are
read as Latin."""

import re
import secrets

ALPHABET = "34679ACDEFGHJKMNPRTWXY"
GROUP_LENGTH = 5
CYRILLIC_LOOK_ALIKES = str.maketrans("АВСЕНКМОРТХУ", "ABCEHKMOPTXY")


def readable_code(groups: int) -> str:
    """`groups` groups of five random symbols: log2(22) ≈ 4.46 bits each."""
    length = groups * GROUP_LENGTH
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, length, GROUP_LENGTH))


def readable_normalise(typed: str, groups: int) -> str | None:
    """The code as stored, from what a person typed; None if it cannot be such a code."""
    length = groups * GROUP_LENGTH
    symbols = re.sub(r"[\s\-–—_.]", "", (typed or "").upper().translate(CYRILLIC_LOOK_ALIKES))
    if not re.fullmatch(f"[{ALPHABET}]{{{length}}}", symbols):
        return None
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, length, GROUP_LENGTH))
