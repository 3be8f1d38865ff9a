"""The rows of a cohort file, checked: each cell read as a coordinator may write it (a region,
gender, settlement type, language or target group by its name in any of our languages), each
problem said on its row in the coordinator's language, and the people already known matched to
their accounts."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from core.tabular import choice_lookup, more_rows_text, text_key
from courses.models import CoursePage, Enrolment
from people.models import TargetGroup, User
from people.models.user import Gender
from people.regions import COUNTRY_CODES, Region, SettlementType

NAME_MAX_LENGTH = User._meta.get_field("full_name").max_length
EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length

REQUIRED_COLUMNS = ("email", "full_name")
OPTIONAL_COLUMNS = (
    "region",
    "country",
    "gender",
    "settlement_type",
    "preferred_language",
    "target_groups",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS


@dataclass
class CohortRow:
    number: int  # the row's number in the spreadsheet: the header is row 1
    email: str = ""
    full_name: str = ""
    region: str = ""
    country: str = ""
    gender: str = ""
    settlement_type: str = ""
    preferred_language: str = ""
    target_groups: list[str] = field(default_factory=list)  # slugs
    errors: list[str] = field(default_factory=list)
    user: User | None = None  # the existing account with this email
    already_enrolled: bool = False

    NEW = "new"
    EXISTING = "existing"
    ERROR = "error"

    @property
    def status(self) -> str:
        if self.errors:
            return self.ERROR
        return self.EXISTING if self.user is not None else self.NEW

    @property
    def is_new(self) -> bool:
        return self.status == self.NEW

    @property
    def is_existing(self) -> bool:
        return self.status == self.EXISTING

    def values(self) -> dict[str, str]:
        """The row's cleaned values as the cells of a file, to check them again."""
        values = {name: getattr(self, name) for name in COLUMNS}
        values["target_groups"] = "; ".join(self.target_groups)
        return values

    def to_session(self) -> dict:
        """What the confirm step needs, as JSON for the session."""
        return {"number": self.number, **{name: getattr(self, name) for name in COLUMNS}}

    @classmethod
    def from_session(cls, data: dict) -> "CohortRow":
        return cls(**{name: data[name] for name in ("number", *COLUMNS) if name in data})


@dataclass
class CohortPreview:
    rows: list[CohortRow]

    @property
    def new_count(self) -> int:
        return sum(row.is_new for row in self.rows)

    @property
    def existing_count(self) -> int:
        return sum(row.is_existing for row in self.rows)

    @property
    def error_count(self) -> int:
        return sum(bool(row.errors) for row in self.rows)

    @property
    def already_enrolled_count(self) -> int:
        return sum(row.already_enrolled and not row.errors for row in self.rows)

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and not self.error_count

    # The page lists the first rows with errors and the first rows of the file, with counts:
    # a page of 2,000 rows is too heavy for a phone on metered data.
    SHOWN_ERRORS = 20
    SHOWN_ROWS = 50

    @property
    def error_rows_shown(self) -> list[CohortRow]:
        return [row for row in self.rows if row.errors][: self.SHOWN_ERRORS]

    @property
    def more_errors_text(self) -> str:
        return more_rows_text(self.error_count - self.SHOWN_ERRORS)

    @property
    def rows_shown(self) -> list[CohortRow]:
        return self.rows[: self.SHOWN_ROWS]


def _language_lookup() -> dict[str, str]:
    lookup = {}
    for code, name in settings.LANGUAGES:
        info = get_language_info(code)
        names = {code, name, info["name"], info["name_local"]}
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                names.add(_(info["name"]))
        lookup.update({text_key(each): code for each in names})
    return lookup


class _Lookups:
    def __init__(self):
        self.region = choice_lookup(Region.choices)
        self.gender = choice_lookup(Gender.choices)
        self.settlement_type = choice_lookup(SettlementType.choices)
        self.language = _language_lookup()
        self.groups = {}
        for group in TargetGroup.objects.all():
            for name in (group.slug, group.name_ky, group.name_ru, group.name_en):
                self.groups.setdefault(text_key(name), group.slug)

    def target_groups(self, cell: str) -> tuple[list[str], list[str]]:
        """The slugs named in a cell, and the names not recognised. Names are separated by ";"
        or, when there is none, by ","; a name that itself holds a comma is still found."""
        if ";" in cell:
            parts = [part for part in cell.split(";") if part.strip()]
            found = [self.groups.get(text_key(part)) for part in parts]
            slugs = [slug for slug in found if slug]
            unknown = [part.strip() for part, slug in zip(parts, found, strict=True) if not slug]
            return list(dict.fromkeys(slugs)), unknown
        tokens = [token for token in cell.split(",") if token.strip()]
        slugs, unknown, start = [], [], 0
        while start < len(tokens):
            for end in range(len(tokens), start, -1):
                slug = self.groups.get(text_key(",".join(tokens[start:end])))
                if slug:
                    slugs.append(slug)
                    start = end
                    break
            else:
                unknown.append(tokens[start].strip())
                start += 1
        return list(dict.fromkeys(slugs)), unknown


def _clean_row(number: int, cells: dict[str, str], lookups: _Lookups) -> CohortRow:
    row = CohortRow(number=number)
    errors = row.errors

    email = cells.get("email", "").strip()
    if not email:
        errors.append(_("The email is missing."))
    else:
        email = User.objects.normalize_email(email).lower()
        try:
            if len(email) > EMAIL_MAX_LENGTH:
                raise ValidationError("too long")
            validate_email(email)
        except ValidationError:
            errors.append(_("The email “%(value)s” is not valid.") % {"value": email})
    row.email = email

    row.full_name = " ".join(cells.get("full_name", "").split())
    if not row.full_name:
        errors.append(_("The name is empty."))
    elif len(row.full_name) > NAME_MAX_LENGTH:
        errors.append(
            _("The name is longer than %(count)s characters.") % {"count": NAME_MAX_LENGTH}
        )

    for name, lookup, message in (
        ("region", lookups.region, _("Unknown region: “%(value)s”.")),
        ("gender", lookups.gender, _("Unknown gender: “%(value)s”.")),
        (
            "settlement_type",
            lookups.settlement_type,
            _("Unknown settlement type: “%(value)s”."),
        ),
        ("preferred_language", lookups.language, _("Unknown language: “%(value)s”.")),
    ):
        value = cells.get(name, "").strip()
        if value:
            found = lookup.get(text_key(value))
            if found is None:
                errors.append(message % {"value": value})
            else:
                setattr(row, name, found)
    row.preferred_language = row.preferred_language or settings.LANGUAGE_CODE

    country = cells.get("country", "").strip().upper()
    if row.region == Region.ABROAD:
        if not country:
            errors.append(_("Give the country code (such as KZ or RU) for someone abroad."))
        elif country not in COUNTRY_CODES:
            errors.append(_("Unknown country code: “%(value)s”.") % {"value": country})
        else:
            row.country = country

    row.target_groups, unknown = lookups.target_groups(cells.get("target_groups", ""))
    for value in unknown:
        errors.append(_("Unknown target group: “%(value)s”.") % {"value": value})
    return row


def check_rows(
    body: list[tuple[int, list[str] | dict[str, str]]],
    *,
    header: list[str] | None = None,
    course: CoursePage | None = None,
) -> list[CohortRow]:
    """Each (row number, its cells: a list under `header`, or a dict by column) as a checked
    row: its own problems, an email given in another row too, and her account if she has one
    (already enrolled in `course`, when given)."""
    lookups = _Lookups()
    rows = []
    for number, cells in body:
        if isinstance(cells, dict):
            row = _clean_row(number, cells, lookups)
        else:
            row = _clean_row(number, dict(zip(header, cells, strict=False)), lookups)
            if any(cells[len(header) :]):
                row.errors.append(_("This row has more cells than the header has columns."))
        rows.append(row)

    by_email: dict[str, list[CohortRow]] = {}
    for row in rows:
        if row.email:
            by_email.setdefault(row.email, []).append(row)
    for same in by_email.values():
        if len(same) > 1:
            for row in same:
                numbers = [str(other.number) for other in same if other is not row]
                others = ", ".join(numbers[:5]) + (", …" if len(numbers) > 5 else "")
                row.errors.append(
                    _("The same email is in another row too: %(rows)s.") % {"rows": others}
                )

    _match_accounts(rows, course)
    return rows


def _match_accounts(rows: list[CohortRow], course: CoursePage | None) -> None:
    emails = list({row.email for row in rows if row.email})
    accounts = {}
    for start in range(0, len(emails), 500):
        chunk = emails[start : start + 500]
        for user in User.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=chunk):
            accounts[user.email_lower] = user
    enrolled = set()
    if course is not None and accounts:
        enrolled = set(
            Enrolment.objects.active()
            .filter(course_key=course.translation_key, user__in=list(accounts.values()))
            .values_list("user_id", flat=True)
        )
    for row in rows:
        row.user = accounts.get(row.email)
        row.already_enrolled = row.user is not None and row.user.pk in enrolled
