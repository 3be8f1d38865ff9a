"""Reading the attendance report a webinar tool exports, and counting minutes.

Formats: the Zoom participants report ("Name (Original Name)", "User Email", "Join Time",
"Leave Time", "Duration (Minutes)", possibly after a meeting summary block) and a BigBlueButton or
generic CSV with name, email, join time and leave time. Encodings UTF-8 (with or without BOM) and
Windows-1251; the delimiter is sniffed. Times carry their zone or are read in Bishkek time."""

import csv
import io
import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.utils.translation import gettext as _

from webinars.models import AttendanceRow

BISHKEK = zoneinfo.ZoneInfo("Asia/Bishkek")
NAME_MAX_LENGTH = AttendanceRow._meta.get_field("name").max_length
EMAIL_MAX_LENGTH = AttendanceRow._meta.get_field("email").max_length

COLUMNS = {
    "name": [
        "name (original name)",
        "name",
        "full name",
        "participant",
        "fullname",
        "имя",
        "фио",
        "аты-жөнү",
    ],
    "email": ["user email", "email", "e-mail", "mail", "электронная почта", "почта", "эл. почта"],
    "join": ["join time", "join", "joined", "joined at", "время входа", "кирген убакыт"],
    "leave": ["leave time", "leave", "left", "left at", "время выхода", "чыккан убакыт"],
}
NAIVE_FORMATS = [
    "%m/%d/%Y %I:%M:%S %p",  # Zoom
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",  # Russian and Kyrgyz spreadsheets
    "%d.%m.%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]


class ReportRefused(Exception):
    """The whole file cannot be read; the message says why, in the reader's language."""


@dataclass(frozen=True)
class Row:
    line: int
    name: str
    email: str
    joined_at: datetime
    left_at: datetime


@dataclass
class Report:
    format: str
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    duplicates: int = 0


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # NUL is no character of a text file (UTF-16 is full of them), and no database keeps it.
        if "\x00" not in text:
            return text
    raise ReportRefused(_("The file is neither UTF-8 nor Windows-1251 text."))


def parse_time(value: str) -> datetime:
    """An aware datetime from the report's text; naive times are Bishkek time."""
    text = value.strip()
    zone = None
    if text.upper().endswith(" UTC") or text.upper().endswith(" GMT"):
        text, zone = text[:-4].strip(), UTC
    try:
        moment = datetime.fromisoformat(text.replace(" +", "+").replace(" -", "-"))
    except ValueError:
        moment = None
        for fmt in NAIVE_FORMATS:
            try:
                moment = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if moment is None:
            raise ValueError(value) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or BISHKEK)
    return moment.astimezone(UTC)


def _normal(header: str) -> str:
    return re.sub(r"\s+", " ", header.strip().strip('"').lower())


def _find_columns(header: list[str]) -> dict[str, int]:
    names = [_normal(h) for h in header]
    found = {}
    for key, options in COLUMNS.items():
        for option in options:
            if option in names:
                found[key] = names.index(option)
                break
    return found


def read_report(data: bytes) -> Report:
    text = decode(data)
    if not text.strip():
        raise ReportRefused(_("The file is empty."))
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    lines = list(csv.reader(io.StringIO(text), dialect))
    # Zoom puts a meeting summary first; the participants' header is the first row naming an
    # email and a join time.
    start, columns = None, _find_columns(lines[0]) if lines else {}
    for index, cells in enumerate(lines[:30]):
        found = _find_columns(cells)
        if "join" in found:
            start, columns = index, found
            break
    missing = [key for key in ("name", "email", "join", "leave") if key not in columns]
    if start is None or missing:
        labels = {
            "name": _("name"),
            "email": _("email"),
            "join": _("join time"),
            "leave": _("leave time"),
        }
        raise ReportRefused(
            _(
                "The file has no column for: %(columns)s. "
                "Expected columns: name, email, join time, leave time."
            )
            % {"columns": ", ".join(labels[key] for key in missing)}
        )
    report = Report(
        format="zoom" if "user email" in [_normal(c) for c in lines[start]] else "generic"
    )
    seen = set()
    width = max(columns.values()) + 1
    for number, cells in enumerate(lines[start + 1 :], start=start + 2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) < width:
            report.errors.append(_("Row %(row)s: some columns are missing.") % {"row": number})
            continue
        name, email = cells[columns["name"]].strip(), cells[columns["email"]].strip().lower()
        try:
            joined = parse_time(cells[columns["join"]])
            left = parse_time(cells[columns["leave"]])
        except ValueError as error:
            report.errors.append(
                _(
                    "Row %(row)s: the time “%(time)s” cannot be read. "
                    "Use e.g. 2026-12-01 14:00 (Bishkek time) or 2026-12-01T14:00+06:00."
                )
                % {"row": number, "time": str(error)[:40]}
            )
            continue
        if left <= joined:
            report.errors.append(
                _("Row %(row)s: the leave time is not after the join time.") % {"row": number}
            )
            continue
        if len(name) > NAME_MAX_LENGTH or len(email) > EMAIL_MAX_LENGTH:
            report.errors.append(
                _("Row %(row)s: the name or the email is too long.") % {"row": number}
            )
            continue
        if not name and not email:
            report.errors.append(_("Row %(row)s: neither a name nor an email.") % {"row": number})
            continue
        key = (name, email, joined, left)
        if key in seen:
            report.duplicates += 1
            continue
        seen.add(key)
        report.rows.append(Row(number, name, email, joined, left))
    return report


def merged_minutes(intervals: list[tuple[datetime, datetime]]) -> int:
    """Minutes covered by the union of the intervals: rejoins add up, overlaps count once."""
    total = timedelta(0)
    current_start = current_end = None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_end is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        total += current_end - current_start
    return int(total.total_seconds() // 60)
