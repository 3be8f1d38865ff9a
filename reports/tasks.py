"""Thin tasks: each is idempotent, so a retry or a message delivered twice changes nothing more."""

import datetime

from celery import shared_task

from reports import monthly, rollup


@shared_task(acks_late=True, ignore_result=True)
def monthly_report(today: str | None = None) -> int:
    """Run by Celery beat on the 1st of each month: the report of the month before `today`
    (an ISO date; the site's date when not given), made once and emailed once."""
    day = datetime.date.fromisoformat(today) if today else None
    return monthly.monthly_report_send(today=day).pk


@shared_task(acks_late=True, ignore_result=True)
def rollup_recount() -> int:
    """Run by Celery beat every REPORTS_ROLLUP_MINUTES: the reports' stored counts counted again."""
    return rollup.recount_stored()
