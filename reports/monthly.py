"""The monthly report: on the 1st, Celery beat (reports.tasks.monthly_report) makes the donor
report PDF of the month before, keeps it as a private file, and emails every active coordinator
a link to its download page (never the file itself). Each step happens once per month however
often the task runs: the month is unique, and the emails are kept in the outbox in the same
transaction that marks the report emailed.

What the report counts is `sections_for`: the reports app's indicators (people enrolled,
completed and certified) by oblast and gender, made into tables by reports.tables exactly as
the dashboard makes them for the same month (each person once per line, every number
suppressed and rounded by core.suppression)."""

import calendar
import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from audit.services import Action, audit_entry_record
from certificates.layouts import dates_text
from core.suppression import COMPANION, HIDDEN, THRESHOLD
from outbox.services import emails_queue
from people.models import User
from people.roles import Role, has_role
from reports.dimensions import REGISTRY
from reports.donor_pdf import Section, render_donor_pdf
from reports.indicators import INDICATORS, Scope
from reports.models import MonthlyReport
from reports.tables import report_table

AUDIT_WHAT = "reports.monthly"


def month_of(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The first and last day of `day`'s month."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def previous_month(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    return month_of(today.replace(day=1) - datetime.timedelta(days=1))


def _section(key: str, description: str, scope: Scope, viewer) -> Section:
    """The indicator by oblast and gender, as the dashboard's table of the same filters."""
    table = report_table(
        INDICATORS[key], scope, REGISTRY["region"], REGISTRY["gender"], viewer=viewer
    )
    header, rows = table.flat()
    return Section(title=table.title, description=description, header=header, rows=rows)


def sections_for(
    period_start: datetime.date, period_end: datetime.date, viewer=None
) -> list[Section]:
    """The report's tables over the days `period_start`–`period_end`, in the active language,
    every number suppressed. `viewer`: who the report is for (None: the monthly task, whose
    report only coordinators and administrators open). These counts cover everyone, so only
    they may be given."""
    if viewer is not None and not has_role(viewer, Role.COORDINATOR, Role.ADMINISTRATOR):
        raise PermissionError("the monthly counts cover everyone: coordinators only")
    scope = Scope(start=period_start, end=period_end)
    return [
        _section(
            "enrolled",
            _("People who enrolled in a course in this period, each once."),
            scope,
            viewer,
        ),
        _section(
            "completed",
            _("People who completed a course in this period, each once."),
            scope,
            viewer,
        ),
        _section(
            "certified",
            _(
                "People who received a valid certificate (course, webinar, programme or "
                "face-to-face session) completed in this period, each once."
            ),
            scope,
            viewer,
        ),
    ]


def suppression_note() -> str:
    return _(
        "Each person is counted once in each table. “%(hidden)s”: fewer than %(threshold)s, "
        "none included; “%(companion)s”: hidden so that totals cannot reveal a small count."
    ) % {"hidden": HIDDEN, "threshold": THRESHOLD, "companion": COMPANION}


def period_label(start: datetime.date, end: datetime.date, language: str) -> str:
    """ "1–30-ноябрь 2026-ж.", "1–30 ноября 2026 г." (certificates.layouts.dates_text)."""
    return dates_text(start, end, language)


def month_text(start: datetime.date) -> str:
    """The month in the active language, as a sentence writes it: "ноябрь 2026-ж.", "ноябрь
    2026 г.", "November 2026" (Kyrgyz and Russian write a month's name lowercase; Django's
    YEAR_MONTH_FORMAT gives it as a calendar's heading does)."""
    month = formats.date_format(start, "YEAR_MONTH_FORMAT")
    if translation.get_language() in ("ky", "ru"):
        month = month[:1].lower() + month[1:]
    return month


def monthly_title(start: datetime.date) -> str:
    """In the active language: "Monthly report: November 2026"."""
    return _("Monthly report: %(month)s") % {"month": month_text(start)}


def monthly_pdf(start: datetime.date, end: datetime.date, *, language: str) -> bytes:
    with translation.override(language):
        return render_donor_pdf(
            title=monthly_title(start),
            period_label=period_label(start, end, language),
            filters=[(_("Covers"), _("Every course, webinar, programme and session"))],
            sections=sections_for(start, end, None),
            suppression_note=suppression_note(),
            language=language,
        )


def monthly_report_create(*, period_start: datetime.date) -> MonthlyReport:
    """The month's report, made and stored once: if it exists (or another worker stores it
    first) that one is returned. The PDF is laid out before the transaction, which then only
    stores it."""
    existing = MonthlyReport.objects.filter(period_start=period_start).first()
    if existing is not None:
        return existing
    start, end = month_of(period_start)
    language = settings.LANGUAGE_CODE
    pdf = monthly_pdf(start, end, language=language)
    report = MonthlyReport(period_start=start, period_end=end, language=language)
    report.file.save(f"report-{start:%Y-%m}.pdf", ContentFile(pdf), save=False)
    try:
        with transaction.atomic():
            report.save()
            audit_entry_record(
                actor=None,
                action=Action.EXPORTED,
                what=AUDIT_WHAT,
                detail=f"pk={report.pk} month={start:%Y-%m}",
            )
    except IntegrityError:
        report.file.delete(save=False)
        return MonthlyReport.objects.get(period_start=start)
    return report


def coordinators():
    return (
        User.objects.filter(is_active=True, groups__name=Role.COORDINATOR).distinct().order_by("pk")
    )


def download_url(report: MonthlyReport, language: str) -> str:
    with translation.override(language):
        path = reverse("reports:monthly-download", kwargs={"pk": report.pk})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def monthly_report_email(*, report_id: int) -> int:
    """Keep in the outbox an email to each active coordinator, in her language, with the link
    to the report's download page: once per report (the row's emailed_at, set in the same
    transaction). The number of emails kept by this call."""
    with transaction.atomic():
        report = MonthlyReport.objects.select_for_update().get(pk=report_id)
        if report.emailed_at is not None:
            return 0
        messages = []
        for person in coordinators():
            language = person.preferred_language or settings.LANGUAGE_CODE
            with translation.override(language):
                context = {
                    "person": person,
                    "month": month_text(report.period_start),
                    "period": period_label(report.period_start, report.period_end, language),
                    "url": download_url(report, language),
                }
                subject = render_to_string("reports/email/monthly_subject.txt", context)
                body = render_to_string("reports/email/monthly.txt", context)
            messages.append(
                {"to": person.email, "subject": subject.strip(), "body": body, "language": language}
            )
        if messages:
            emails_queue(messages)
        report.emailed_at = timezone.now()
        report.save(update_fields=["emailed_at"])
    return len(messages)


def monthly_report_send(*, today: datetime.date | None = None) -> MonthlyReport:
    """What beat runs on the 1st: the report of the month before `today` (the site's date),
    made if it is not yet, and emailed if it was not yet."""
    start, _end = previous_month(today or timezone.localdate())
    report = monthly_report_create(period_start=start)
    monthly_report_email(report_id=report.pk)
    return report
