"""Attendance typed into a spreadsheet from the signed sheets, uploaded as CSV or XLSX: read and
checked first (`attendance_parse`, nothing written), shown row by row, then stored all or
nothing (`trainings.attendance.attendance_record_days`).

The columns are the sheet's, plus the date and the hours. Each row is matched to a participant
already registered in the session, by claim code when given, else by name (the birth year,
settlement, region and gender tell apart two people of the same name). A name not registered is
a bad row: the import never creates a participant, so that a new person is added on the session
page, where a record typed twice is caught."""

import datetime
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core.tabular import (
    TableRefused,
    choice_lookup,
    header_check,
    more_rows_text,
    read_table,
    text_key,
    upload_data,
)
from people.models import Gender
from people.regions import Region
from trainings.attendance import (
    AttendanceRefused,
    AttendanceRow,
    attendance_check_days,
    hours_parse,
)
from trainings.attendance_selectors import registrations_of, shown_participant
from trainings.models import Session

MAX_ROWS = 5000

# Each column's key, and the heading the printed sheet gives it (any language's is accepted).
REQUIRED_COLUMNS = ("date", "full_name", "hours")
OPTIONAL_COLUMNS = (
    "claim_code",
    "present",
    "gender",
    "birth_year",
    "region",
    "settlement",
    "phone",
    "number",
    "signature",
    "consent",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
HEADINGS = {
    "date": gettext_noop("Date"),
    "full_name": gettext_noop("Full name"),
    "hours": gettext_noop("Hours"),
    "claim_code": gettext_noop("Claim code"),
    "present": gettext_noop("Present"),
    "gender": gettext_noop("Gender"),
    "birth_year": gettext_noop("Birth year"),
    "region": gettext_noop("Region"),
    "settlement": gettext_noop("Settlement"),
    "phone": gettext_noop("Phone"),
    "number": "№",
    "signature": gettext_noop("Signature"),
    "consent": gettext_noop("Consent to the data notice (signature)"),
}
YES = {"1", "+", "x", "х", "✓", "yes", "y", "true", "да", "д", "ооба", "бар", "present"}
NO = {"0", "-", "–", "no", "n", "false", "нет", "н", "жок", "absent"}
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S")


def _code_key(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", str(text)).upper()


def _heading_lookup() -> dict[str, str]:
    lookup = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for column, heading in HEADINGS.items():
                lookup[text_key(_(heading))] = column
    lookup.update({text_key(column): column for column in COLUMNS})
    return lookup


@dataclass
class ImportRow:
    number: int  # the row's number in the spreadsheet
    date: str = ""  # ISO, once read
    day_id: int | None = None
    registration_id: int | None = None
    name: str = ""  # as the record has it
    present: bool = False
    hours: str | None = None  # None: the whole day
    errors: list[str] = field(default_factory=list)

    def to_session(self) -> dict:
        data = asdict(self)
        del data["errors"]
        return data

    @classmethod
    def from_session(cls, data: dict) -> "ImportRow":
        return cls(**data)

    def attendance_row(self) -> AttendanceRow:
        hours = Decimal(self.hours) if self.hours is not None else None
        return AttendanceRow(
            registration_id=self.registration_id,
            present=self.present,
            hours=hours,
            key=self.number,
        )

    @property
    def date_text(self) -> str:
        if not self.date:
            return ""
        return formats.date_format(datetime.date.fromisoformat(self.date), "SHORT_DATE_FORMAT")


@dataclass
class ImportPreview:
    rows: list[ImportRow]

    SHOWN_ERRORS = 20
    SHOWN_ROWS = 60

    @property
    def error_count(self) -> int:
        return sum(bool(row.errors) for row in self.rows)

    @property
    def present_count(self) -> int:
        return sum(row.present for row in self.rows)

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not self.error_count

    @property
    def error_rows_shown(self) -> list[ImportRow]:
        return [row for row in self.rows if row.errors][: self.SHOWN_ERRORS]

    @property
    def more_errors_text(self) -> str:
        return more_rows_text(self.error_count - self.SHOWN_ERRORS)

    @property
    def rows_shown(self) -> list[ImportRow]:
        return self.rows[: self.SHOWN_ROWS]

    def days(self) -> dict[int, list[AttendanceRow]]:
        days: dict[int, list[AttendanceRow]] = {}
        for row in self.rows:
            days.setdefault(row.day_id, []).append(row.attendance_row())
        return days


def attendance_parse(uploaded_file, *, session: Session) -> ImportPreview:
    """Read and check an uploaded .csv or .xlsx file against the session. Raises TableRefused
    when the file as a whole cannot be used (its columns); a row's own problems are on the row.
    Writes nothing."""
    extension, data = upload_data(uploaded_file)
    headings = _heading_lookup()
    header: list[str] = []

    def find_header(cells: list[str]) -> int:
        header.extend(headings.get(text_key(cell), text_key(cell) or "?") for cell in cells)
        while header and header[-1] == "?":
            header.pop()
        header_check(header, required=REQUIRED_COLUMNS, optional=OPTIONAL_COLUMNS)
        return len(header)

    table = read_table(extension, data, find_header=find_header, max_rows=MAX_ROWS)
    body = list(table.rows)
    if table.header is None:
        raise TableRefused(_("The file is empty."), code="empty")
    if not body:
        raise TableRefused(_("The file has no rows under its header."), code="no_rows")
    return rows_check(body, header=header, session=session)


def _date(text: str) -> datetime.date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


class _Participants:
    """The session's registered participants, found by claim code or by name."""

    def __init__(self, session: Session):
        self.by_code, self.by_name = {}, {}
        for registration in registrations_of(session):
            person = shown_participant(registration)
            for record in {registration.participant, person}:
                if record.claim_code:
                    self.by_code[_code_key(record.claim_code)] = (registration, person)
            self.by_name.setdefault(text_key(person.full_name), []).append((registration, person))

    def find(self, row: ImportRow, cells: dict, details: dict):
        code = cells.get("claim_code", "").strip()
        name = " ".join(cells.get("full_name", "").split())
        if code:
            found = self.by_code.get(_code_key(code))
            if found is None:
                row.errors.append(
                    _("No participant of this session has the claim code “%(code)s”.")
                    % {"code": code}
                )
            return found
        if not name:
            row.errors.append(_("The name is empty."))
            return None
        candidates = self.by_name.get(text_key(name), [])
        for column, value in details.items():
            if value and len(candidates) > 1:
                narrower = [pair for pair in candidates if _matches(pair[1], column, value)]
                candidates = narrower or candidates
        if not candidates:
            row.errors.append(
                _(
                    "“%(name)s” is not registered in this session: add her on the session page "
                    "first, then import the file again."
                )
                % {"name": name}
            )
            return None
        if len(candidates) > 1:
            row.errors.append(
                _("Several participants are named “%(name)s”: give her claim code.")
                % {"name": name}
            )
            return None
        return candidates[0]


def _matches(person, column: str, value) -> bool:
    if column == "settlement":
        return text_key(person.settlement) == text_key(value)
    return getattr(person, column) == value


def rows_check(body, *, header: list[str], session: Session) -> ImportPreview:
    days = {day.date: day for day in session.days.all()}
    people = _Participants(session)
    genders = choice_lookup(Gender.choices)
    regions = choice_lookup(Region.choices)
    this_year = datetime.date.today().year
    rows = []
    for number, cells_list in body:
        cells = dict(zip(header, cells_list, strict=False))
        row = ImportRow(number=number)
        errors = row.errors
        if any(cells_list[len(header) :]):
            errors.append(_("This row has more cells than the header has columns."))

        date_cell = cells.get("date", "").strip()
        date = _date(date_cell) if date_cell else None
        if not date_cell:
            errors.append(_("The date is missing."))
        elif date is None:
            errors.append(
                _("“%(value)s” is not a date: write it as %(example)s.")
                % {"value": date_cell, "example": "23.11.2026"}
            )
        elif date not in days:
            errors.append(
                _("The session has no day on %(date)s.")
                % {"date": formats.date_format(date, "SHORT_DATE_FORMAT")}
            )
        else:
            row.date, row.day_id = date.isoformat(), days[date].pk

        details = {}
        for column, lookup, message in (
            ("gender", genders, _("Unknown gender: “%(value)s”.")),
            ("region", regions, _("Unknown region: “%(value)s”.")),
        ):
            value = cells.get(column, "").strip()
            if value:
                found = lookup.get(text_key(value))
                if found is None:
                    errors.append(message % {"value": value})
                details[column] = found
        year = cells.get("birth_year", "").strip()
        if year:
            if year.isdigit() and 1900 <= int(year) <= this_year:
                details["birth_year"] = int(year)
            else:
                errors.append(_("“%(value)s” is not a birth year.") % {"value": year})
        details["settlement"] = cells.get("settlement", "").strip()

        hours_cell = cells.get("hours", "").strip()
        hours = None
        if hours_cell:
            try:
                hours = hours_parse(hours_cell)
            except ValueError:
                errors.append(_("“%(value)s” is not a number of hours.") % {"value": hours_cell})
        present_cell = text_key(cells.get("present", ""))
        if present_cell in YES:
            row.present = True
        elif present_cell in NO:
            row.present = False
        elif present_cell:
            errors.append(
                _("“%(value)s” in the column “present”: write yes or no.")
                % {"value": cells.get("present", "")}
            )
        else:  # no "present" given: present when she stayed some hours
            row.present = bool(hours)
        row.hours = str(hours) if hours is not None else None

        found = people.find(row, cells, details)
        if found is not None:
            registration, person = found
            row.registration_id, row.name = registration.pk, person.full_name
        rows.append(row)

    # The checks the save makes (hours above the day's, a person twice on one day), made now.
    complete = [row for row in rows if not row.errors]
    if complete:
        preview = ImportPreview(rows=complete)
        try:
            attendance_check_days(session=session, days=preview.days())
        except AttendanceRefused as refusal:
            by_number = {row.number: row for row in complete}
            for number, messages in refusal.by_row.items():
                by_number[number].errors.extend(messages)
    return ImportPreview(rows=rows)
