"""Numbers from query strings and forms. `str.isdigit()` is true for "²" and other digits that
`int()` refuses, and an id past 64 bits overflows the database: both mean "no such number"
here, never a 500. Every view that reads a number from a person's request uses these."""

MAX_ID = 2**63 - 1  # the largest id a database column holds


def parse_int(value, default=None):
    """A whole number from 0 to MAX_ID written in ASCII digits, else `default`."""
    text = value.strip() if isinstance(value, str) else ""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
        return default
    number = int(text)
    return number if number <= MAX_ID else default


def parse_ids(values) -> list[int]:
    """The ids among `values` (a getlist()), the rest dropped."""
    return [number for number in map(parse_int, values) if number is not None]


class IdConverter:
    """`<id:pk>` in an address: `<int:…>` but no longer than a database id, so that
    /…/99999999999999999999/ is "not found" rather than an overflow."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ID:
            raise ValueError(value)  # the address does not match: 404
        return number

    def to_url(self, value) -> str:
        return str(value)
