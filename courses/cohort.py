"""A coordinator enrols a group from a CSV or Excel file: the file is read and checked first
(`cohort_parse`), shown row by row, and only then, all or nothing, enrolled (`cohort_enrol`).

New people get an account with no password and an email with a link to choose one; the link is
Django's password-reset link, so it expires, and it stops working once the password is set."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from core.i18n import in_locale
from core.tabular import TableRefused, more_rows_text, read_table, upload_data
from courses.models import CoursePage, Enrolment
from courses.services import enrolments_create
from outbox.services import emails_queue
from people.models import TargetGroup, User
from people.models.user import Gender
from people.regions import COUNTRY_CODES, Region, SettlementType
from people.services import people_create

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


# The file as a whole cannot be read; the message is in the person's language.
CohortFileError = TableRefused


class CohortRefused(Exception):
    """Some rows are not (or no longer) valid: nothing was written."""

    def __init__(self, rows: list["CohortRow"]):
        self.rows = rows  # every row, checked again; those with errors say why
        errors = sum(bool(row.errors) for row in rows)
        super().__init__(
            _("Nothing was enrolled. Rows with errors: %(count)s.") % {"count": errors}
        )


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


@dataclass
class CohortResult:
    created: list[User]
    existing: list[User]
    already_enrolled: int

    @property
    def enrolled(self) -> int:
        return len(self.created) + len(self.existing)


# A sample file, in the language of the page that offers it


# Sample people per language (reserved example.org addresses: confirming the sample harms nobody).
SAMPLE_PEOPLE = {
    "ky": ("Айгүл Өмүрова", "Нурлан Асанов", "Бермет Жумабаева"),
    "ru": ("Айгуль Омурова", "Нурлан Асанов", "Елена Петрова"),
    "en": ("Aigul Omurova", "Nurlan Asanov", "Bermet Jumabaeva"),
}
SAMPLE_EMAILS = ("aigul.omurova@example.org", "nurlan.asanov@example.org", "person3@example.org")


def cohort_sample_rows() -> list[list[str]]:
    """Three rows under COLUMNS, written as a coordinator would in the active language: a region,
    gender and settlement type by their names, a target group by its name, someone abroad, and
    someone with only the required columns. cohort_parse accepts them as they are."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    names = SAMPLE_PEOPLE.get(language, SAMPLE_PEOPLE["en"])
    group = TargetGroup.objects.not_sensitive().first()
    rows = [
        {
            "region": Region.NARYN.label,
            "gender": Gender.WOMAN.label,
            "settlement_type": SettlementType.RURAL.label,
            "preferred_language": "ky",
            "target_groups": group.name if group else "",
        },
        {
            "region": Region.ABROAD.label,
            "country": "KZ",
            "gender": Gender.MAN.label,
            "settlement_type": SettlementType.URBAN.label,
            "preferred_language": "ru",
        },
        {},
    ]
    return [
        [str({"email": email, "full_name": name, **row}.get(column, "")) for column in COLUMNS]
        for email, name, row in zip(SAMPLE_EMAILS, names, rows, strict=True)
    ]


# Reading the file


def cohort_parse(uploaded_file, *, course: CoursePage | None = None) -> CohortPreview:
    """Read and check an uploaded .csv or .xlsx file. Raises CohortFileError when the file as a
    whole cannot be used; a row's own problems are listed on the row. With `course`, people
    already enrolled in it are noted."""
    extension, data = upload_data(uploaded_file)
    header: list[str] = []

    def find_header(cells: list[str]) -> int:
        # The first row that is not blank names the columns, and must name them right.
        header.extend(cell.strip().lower() for cell in cells)
        while header and not header[-1]:
            header.pop()
        _check_header(header)
        return len(header)

    table = read_table(extension, data, find_header=find_header, max_rows=settings.COHORT_MAX_ROWS)
    body = list(table.rows)
    if table.header is None:
        raise CohortFileError(_("The file is empty."), code="empty")
    if not body:
        raise CohortFileError(_("The file has no rows under its header."), code="no_rows")
    return CohortPreview(rows=_build_rows(body, header=header, course=course))


def _check_header(header: list[str]) -> None:
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    unknown = [name or "?" for name in header if name not in COLUMNS]
    twice = sorted({name for name in header if name in COLUMNS and header.count(name) > 1})
    if not (missing or unknown or twice):
        return
    problems = [
        _("The first row must name the columns: %(required)s, and any of %(optional)s.")
        % {"required": ", ".join(REQUIRED_COLUMNS), "optional": ", ".join(OPTIONAL_COLUMNS)}
    ]
    if missing:
        problems.append(_("Missing: %(columns)s.") % {"columns": ", ".join(missing)})
    if unknown:
        problems.append(_("Not recognised: %(columns)s.") % {"columns": ", ".join(unknown)})
    if twice:
        problems.append(_("Given twice: %(columns)s.") % {"columns": ", ".join(twice)})
    raise CohortFileError(" ".join(problems), code="header")


# Checking the rows


def _key(text: str) -> str:
    """How a name is compared: case, spaces and the kind of apostrophe do not matter."""
    text = str(text).replace("’", "'").replace("ʼ", "'").replace(",", ", ")
    return " ".join(text.split()).casefold()


def _choice_lookup(choices) -> dict[str, str]:
    """Each choice's value and its label in every language, to the value."""
    lookup = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for value, label in choices:
                lookup[_key(label)] = value
    for value, _label in choices:
        lookup[_key(value)] = value
    return lookup


def _language_lookup() -> dict[str, str]:
    lookup = {}
    for code, name in settings.LANGUAGES:
        info = get_language_info(code)
        names = {code, name, info["name"], info["name_local"]}
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                names.add(_(info["name"]))
        lookup.update({_key(each): code for each in names})
    return lookup


class _Lookups:
    def __init__(self):
        self.region = _choice_lookup(Region.choices)
        self.gender = _choice_lookup(Gender.choices)
        self.settlement_type = _choice_lookup(SettlementType.choices)
        self.language = _language_lookup()
        self.groups = {}
        for group in TargetGroup.objects.all():
            for name in (group.slug, group.name_ky, group.name_ru, group.name_en):
                self.groups.setdefault(_key(name), group.slug)

    def target_groups(self, cell: str) -> tuple[list[str], list[str]]:
        """The slugs named in a cell, and the names not recognised. Names are separated by ";"
        or, when there is none, by ","; a name that itself holds a comma is still found."""
        if ";" in cell:
            parts = [part for part in cell.split(";") if part.strip()]
            found = [self.groups.get(_key(part)) for part in parts]
            slugs = [slug for slug in found if slug]
            unknown = [part.strip() for part, slug in zip(parts, found, strict=True) if not slug]
            return list(dict.fromkeys(slugs)), unknown
        tokens = [token for token in cell.split(",") if token.strip()]
        slugs, unknown, start = [], [], 0
        while start < len(tokens):
            for end in range(len(tokens), start, -1):
                slug = self.groups.get(_key(",".join(tokens[start:end])))
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
            found = lookup.get(_key(value))
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


def _build_rows(
    body: list[tuple[int, list[str] | dict[str, str]]],
    *,
    header: list[str] | None = None,
    course: CoursePage | None = None,
) -> list[CohortRow]:
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


# Enrolling


@transaction.atomic
def cohort_enrol(
    *, course: CoursePage, rows, by: User, base_url: str | None = None
) -> CohortResult:
    """Create the new accounts and enrol everyone, all or nothing, in a few queries whatever the
    number of rows. The rows are checked again first (an email may have been taken since the
    preview); any error refuses the whole file. Each new person is emailed, after commit, a link
    to choose her password."""
    rows = [row if isinstance(row, CohortRow) else CohortRow.from_session(row) for row in rows]
    if any(row.errors for row in rows):
        raise CohortRefused(rows)
    checked = _build_rows([(row.number, row.values()) for row in rows], course=course)
    if not checked or any(row.errors for row in checked):
        raise CohortRefused(checked)

    groups = {group.slug: group for group in TargetGroup.objects.all()}
    # Enrolled by a coordinator: no password and no consent yet; she gives both herself.
    created = people_create(
        [
            {
                "email": row.email,
                "full_name": row.full_name,
                "region": row.region,
                "country": row.country,
                "gender": row.gender,
                "settlement_type": row.settlement_type,
                "preferred_language": row.preferred_language,
                "target_groups": [groups[slug] for slug in row.target_groups],
            }
            for row in checked
            if row.user is None
        ]
    )
    existing = [row.user for row in checked if row.user is not None]
    already = sum(row.already_enrolled for row in checked if row.user is not None)
    enrolments_create(users=created + existing, course=course, by=by)

    root = (base_url or _site_root(course)).rstrip("/")
    emails_queue(_welcome_messages(people=created, course=course, root=root))
    return CohortResult(created=created, existing=existing, already_enrolled=already)


def _site_root(course: CoursePage) -> str:
    site = course.get_site()
    return site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL


def _welcome_messages(*, people: list[User], course: CoursePage, root: str) -> list[dict]:
    """Each new person's email, in her language, with her link to choose a password."""
    days = max(1, settings.PASSWORD_RESET_TIMEOUT // (60 * 60 * 24))
    titles, messages = {}, []
    for person in people:
        language = person.preferred_language or settings.LANGUAGE_CODE
        if language not in titles:
            titles[language] = _course_title(course, language)
        title = titles[language]
        with translation.override(language):
            link = root + reverse(
                "people:password_reset_confirm",
                kwargs={
                    "uidb64": urlsafe_base64_encode(force_bytes(person.pk)),
                    "token": default_token_generator.make_token(person),
                },
            )
            subject = _("Tendik: you are enrolled in “%(course)s”") % {"course": title}
            body = "\n\n".join(
                [
                    _("Hello, %(name)s") % {"name": person.full_name},
                    _(
                        "A coordinator has created a Tendik account for you with this email and "
                        "enrolled you in the course “%(course)s”."
                    )
                    % {"course": title},
                    _("To start, choose your password with this link:"),
                    link,
                    _(
                        "The link works for %(days)s days. After that, ask for a new one here: "
                        "%(reset)s"
                    )
                    % {"days": days, "reset": root + reverse("people:password_reset")},
                    _("If you did not expect this email, you can ignore it."),
                ]
            )
        messages.append(
            {"to": person.email, "subject": subject, "body": body + "\n", "language": language}
        )
    return messages


def _course_title(course: CoursePage, language: str) -> str:
    return in_locale(course, language).title
