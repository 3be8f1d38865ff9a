"""Reading the attendance report a webinar tool exports, and counting minutes.

Formats: the Zoom participants report ("Name (Original Name)", "User Email", "Join Time",
"Leave Time", "Duration (Minutes)", possibly after a meeting summary block) and a BigBlueButton or
generic CSV with name, email, join time and leave time, read by core.tabular (UTF-8 or
Windows-1251, the delimiter told by the first line). Times carry their zone or are read in
Bishkek time."""

import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.utils.translation import gettext as _

from core.tabular import ErrorSummary, TableRefused, read_table
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
# Every format below, and ISO 8601, starts so: a date of three numbers, then the hour.
LOOKS_LIKE_TIME = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}[ T]\d{1,2}:\d")
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
    errors: ErrorSummary = field(default_factory=ErrorSummary)
    duplicates: int = 0


def parse_time(value: str) -> datetime:
    """An aware datetime from the report's text; naive times are Bishkek time."""
    text = value.strip()
    if not LOOKS_LIKE_TIME.match(text):
        raise ValueError(value)  # at once: trying every format is slow, for 60,000 bad rows
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
    """The report's rows (read by core.tabular, so capped and summarised like every upload);
    ReportRefused when the file as a whole cannot be used."""
    if not data.strip():
        raise ReportRefused(_("The file is empty."))
    first_columns: dict[str, int] = {}

    def find_header(cells: list[str]) -> int | None:
        # Zoom puts a meeting summary first; the participants' header is the first row naming
        # a join time.
        found = _find_columns(cells)
        if not first_columns:
            first_columns.update(found or {"": 0})
        return max(found.values()) + 1 if "join" in found else None

    try:
        table = read_table(
            "csv", data, find_header=find_header, max_rows=settings.ATTENDANCE_MAX_ROWS
        )
        columns = _find_columns(table.header) if table.header is not None else first_columns
        missing = [key for key in ("name", "email", "join", "leave") if key not in columns]
        if missing:
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
            format="zoom" if "user email" in [_normal(c) for c in table.header] else "generic"
        )
        _read_rows(report, table.rows, columns)
    except TableRefused as refusal:
        raise ReportRefused(refusal.message) from refusal
    return report


def _read_rows(report: Report, rows, columns: dict[str, int]) -> None:
    seen = set()
    width = max(columns.values()) + 1
    errors = report.errors
    for number, cells in rows:
        if len(cells) < width:
            errors.add(_("Row %(row)s: some columns are missing.") % {"row": number})
            continue
        name, email = cells[columns["name"]].strip(), cells[columns["email"]].strip().lower()
        try:
            joined = parse_time(cells[columns["join"]])
            left = parse_time(cells[columns["leave"]])
        except ValueError as error:
            errors.add(
                _(
                    "Row %(row)s: the time “%(time)s” cannot be read. "
                    "Use e.g. 2026-12-01 14:00 (Bishkek time) or 2026-12-01T14:00+06:00."
                )
                % {"row": number, "time": str(error)[:40]}
            )
            continue
        if left <= joined:
            errors.add(
                _("Row %(row)s: the leave time is not after the join time.") % {"row": number}
            )
            continue
        if len(name) > NAME_MAX_LENGTH or len(email) > EMAIL_MAX_LENGTH:
            errors.add(_("Row %(row)s: the name or the email is too long.") % {"row": number})
            continue
        if not name and not email:
            errors.add(_("Row %(row)s: neither a name nor an email.") % {"row": number})
            continue
        key = (name, email, joined, left)
        if key in seen:
            report.duplicates += 1
            continue
        seen.add(key)
        report.rows.append(Row(number, name, email, joined, left))


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
