"""Enrolling a checked cohort: new accounts and enrolments, all or nothing, and each new person's
welcome email (courses/emails/cohort_welcome.txt) in her language.

New people get an account with no password and an email with a link to choose one; the link is
Django's password-reset link, so it expires, and it stops working once the password is set."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.i18n import in_locale
from courses.cohort.rows import CohortRow, check_rows
from courses.models import CoursePage
from courses.services import enrolments_create
from outbox.services import emails_queue
from people.models import TargetGroup, User
from people.services import people_create


class CohortRefused(Exception):
    """Some rows are not (or no longer) valid: nothing was written."""

    def __init__(self, rows: list["CohortRow"]):
        self.rows = rows  # every row, checked again; those with errors say why
        errors = sum(bool(row.errors) for row in rows)
        super().__init__(
            _("Nothing was enrolled. Rows with errors: %(count)s.") % {"count": errors}
        )


@dataclass
class CohortResult:
    created: list[User]
    existing: list[User]
    already_enrolled: int

    @property
    def enrolled(self) -> int:
        return len(self.created) + len(self.existing)


def cohort_check_again(rows, *, course: CoursePage | None = None) -> list[CohortRow]:
    """The rows of a preview (checked rows, or as kept in the session) checked again: an email
    may have been taken since the preview. Any error refuses the whole file (CohortRefused)."""
    rows = [row if isinstance(row, CohortRow) else CohortRow.from_session(row) for row in rows]
    if any(row.errors for row in rows):
        raise CohortRefused(rows)
    checked = check_rows([(row.number, row.values()) for row in rows], course=course)
    if not checked or any(row.errors for row in checked):
        raise CohortRefused(checked)
    return checked


def cohort_accounts(checked: list[CohortRow]) -> tuple[list[User], list[User]]:
    """The accounts of checked rows: those created now for the new people, and those that
    existed."""
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
    return created, [row.user for row in checked if row.user is not None]


@transaction.atomic
def cohort_enrol(
    *, course: CoursePage, rows, by: User, base_url: str | None = None
) -> CohortResult:
    """Create the new accounts and enrol everyone, all or nothing, in a few queries whatever the
    number of rows. The rows are checked again first (an email may have been taken since the
    preview); any error refuses the whole file. Each new person is emailed, after commit, a link
    to choose her password."""
    checked = cohort_check_again(rows, course=course)
    created, existing = cohort_accounts(checked)
    already = sum(row.already_enrolled for row in checked if row.user is not None)
    enrolments_create(users=created + existing, course=course, by=by)
    cohort_welcome(people=created, page=course, base_url=base_url)
    return CohortResult(created=created, existing=existing, already_enrolled=already)


def cohort_welcome(*, people: list[User], page: Page, base_url: str | None = None) -> None:
    """Queue each new person's welcome email (after commit), naming `page`: the course or the
    programme she was enrolled in."""
    root = (base_url or _site_root(page)).rstrip("/")
    emails_queue(_welcome_messages(people=people, page=page, root=root))


def _site_root(page: Page) -> str:
    site = page.get_site()
    return site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL


def _welcome_messages(*, people: list[User], page: Page, root: str) -> list[dict]:
    """Each new person's email, in her language, with her link to choose a password."""
    days = max(1, settings.PASSWORD_RESET_TIMEOUT // (60 * 60 * 24))
    titles, messages = {}, []
    for person in people:
        language = person.preferred_language or settings.LANGUAGE_CODE
        if language not in titles:
            titles[language] = in_locale(page, language).title
        with translation.override(language):
            context = {
                "name": person.full_name,
                "course": titles[language],
                "link": root
                + reverse(
                    "people:password_reset_confirm",
                    kwargs={
                        "uidb64": urlsafe_base64_encode(force_bytes(person.pk)),
                        "token": default_token_generator.make_token(person),
                    },
                ),
                "days": days,
                # A programme enrols her in its courses as they open (programmes.cohort).
                "programme": not isinstance(page, CoursePage),
                "reset": root + reverse("people:password_reset"),
            }
            subject = render_to_string("courses/emails/cohort_welcome_subject.txt", context).strip()
            body = render_to_string("courses/emails/cohort_welcome.txt", context).strip()
        messages.append(
            {"to": person.email, "subject": subject, "body": body + "\n", "language": language}
        )
    return messages
