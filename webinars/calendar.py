"""An .ics file for one webinar (RFC 5545), in UTC, without the join link (it is shown on the page
to registered people only)."""

from django.utils import timezone


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11). A CR is dropped: left in, a calendar may read it as the end
    of the line and the rest of a title as properties of its own (ATTENDEE:…)."""
    text = text.replace("\r", "")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    out, data = [], line.encode()
    while len(data) > 75:
        cut = 75
        while (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        out.append(data[:cut].decode())
        data = b" " + data[cut:]
    out.append(data.decode())
    return "\r\n".join(out)


def webinar_ics(webinar, url: str) -> str:
    stamp = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Tendik//Webinars//KY",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{webinar.translation_key}@tendik",
        f"DTSTAMP:{timezone.now().astimezone(timezone.get_fixed_timezone(0)).strftime(stamp)}",
        f"DTSTART:{webinar.start.astimezone(timezone.get_fixed_timezone(0)).strftime(stamp)}",
        f"DTEND:{webinar.end.astimezone(timezone.get_fixed_timezone(0)).strftime(stamp)}",
        f"SUMMARY:{_escape(webinar.title)}",
        f"DESCRIPTION:{_escape(url)}",
        f"URL:{url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
