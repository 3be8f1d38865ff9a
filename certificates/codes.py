"""Verification codes people can read aloud and type: 20 symbols in four groups of five, from an
alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V): 20 × log2(22) ≈ 89 random
bits, far beyond guessing. Typing is forgiving: case, spaces and dashes do not matter, and
Cyrillic letters that look like Latin ones (a Kyrgyz or Russian keyboard) are read as Latin."""

import re
import secrets

ALPHABET = "34679ACDEFGHJKMNPRTWXY"
GROUPS, GROUP_LENGTH = 4, 5
LENGTH = GROUPS * GROUP_LENGTH
CYRILLIC_LOOK_ALIKES = str.maketrans("АВСЕНКМОРТХУ", "ABCEHKMOPTXY")
CODE_PATTERN = re.compile(f"[{ALPHABET}]{{{LENGTH}}}")


def new_code() -> str:
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, LENGTH, GROUP_LENGTH))


def normalise(typed: str) -> str | None:
    """The code as stored, from what a person typed; None if it cannot be a code."""
    symbols = re.sub(r"[\s\-–—_.]", "", typed.upper().translate(CYRILLIC_LOOK_ALIKES))
    if not CODE_PATTERN.fullmatch(symbols):
        return None
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, LENGTH, GROUP_LENGTH))
