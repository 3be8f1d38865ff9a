"""The monthly report (reports.monthly, reports.tasks.monthly_report): its counts on a small
dataset worked out by hand, suppressed; its PDF; one report and one email per coordinator per
month however often the task runs, a link and never an attachment; its private download for
coordinators and administrators only; and the audit log."""

import datetime
import io
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from audit.models import AuditEntry
from certificates.models import Certificate
from courses.models import Enrolment
from people.regions import Region
from people.roles import Role
from reports import monthly
from reports.models import MonthlyReport
from reports.tasks import monthly_report
from tests.factories import UserFactory

BISHKEK = ZoneInfo("Asia/Bishkek")
NOVEMBER = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture(autouse=True)
def unrounded(settings):
    """The counts below are worked out as they are, not rounded to a base (the reports app's
    SUPPRESSION_ROUND_TO): suppression is what these tests are about."""
    settings.SUPPRESSION_ROUND_TO = 1


def at(day: int, month: int = 11, hour: int = 12) -> datetime.datetime:
    return datetime.datetime(2026, month, day, hour, tzinfo=BISHKEK)


def enrol(user, *, enrolled: datetime.datetime, completed: datetime.datetime | None = None):
    enrolment = Enrolment.objects.create(user=user, course_key=uuid.uuid4())
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=enrolled, completed_at=completed)
    return enrolment


def certify(user, completed_on: datetime.date, **fields) -> Certificate:
    return Certificate.objects.create(
        code=uuid.uuid4().hex[:12],
        user=user,
        course_key=uuid.uuid4(),
        course_title="CEDAW",
        language="ky",
        hours=8,
        completed_on=completed_on,
        holder_name=user.full_name,
        gender=user.gender,
        region=user.region,
        **fields,
    )


@pytest.fixture
def people(db):
    """In November: 12 women and 6 men of Naryn enrolled (one woman twice), 5 women of Osh city,
    one man of Chüy; 3 women of Talas enrolled in October (another month). 5 of Naryn's women
    completed in November (one of them also on 1 December, 00:30 Bishkek time: December's)."""
    naryn_women = [UserFactory(gender="woman", region=Region.NARYN) for _ in range(12)]
    naryn_men = [UserFactory(gender="man", region=Region.NARYN) for _ in range(6)]
    osh_women = [UserFactory(gender="woman", region=Region.OSH_CITY) for _ in range(5)]
    chuy_man = UserFactory(gender="man", region=Region.CHUY)
    talas_women = [UserFactory(gender="woman", region=Region.TALAS) for _ in range(3)]
    for n, person in enumerate(naryn_women):
        enrol(person, enrolled=at(2 + n), completed=at(25) if n < 5 else None)
    enrol(naryn_women[0], enrolled=at(20), completed=at(1, month=12, hour=0))
    for person in [*naryn_men, *osh_women, chuy_man]:
        enrol(person, enrolled=at(30, hour=23))  # 23:00 on the 30th, Bishkek time: November
    for person in talas_women:
        enrol(person, enrolled=at(31, month=10))
    return {"naryn_women": naryn_women, "naryn_men": naryn_men, "chuy_man": chuy_man}


def rows_of(section) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in section.rows}


def test_counts_by_region_and_gender_worked_out_by_hand_and_suppressed(people):
    with translation.override("en"):
        enrolled, completed, certified = monthly.sections_for(*NOVEMBER, None)
    assert enrolled.title == "People enrolled"
    assert enrolled.header == ["Oblast", "Woman", "Man", "Another gender", "Not given", "Total"]
    rows = rows_of(enrolled)
    # Naryn 12 women, 6 men: the 0s are "<5", so the 6 hides with them ("×"), or the row's
    # total would give the hidden cells away as 0.
    assert rows["Naryn region"] == ["12", "×", "<5", "<5", "18"]
    # Osh city's 5 women alone in their row: 18 + 5 + 1 = 24 in the total column would reveal
    # Chüy's 1, so Osh city's total hides too.
    assert rows["Osh city"] == ["×", "<5", "<5", "<5", "×"]
    assert rows["Chüy region"] == ["<5", "<5", "<5", "<5", "<5"]
    assert rows["Talas region"] == ["<5", "<5", "<5", "<5", "<5"]  # October's are not counted
    assert rows["Total"] == ["17", "×", "<5", "<5", "24"]
    assert len(enrolled.rows) == len(Region.choices) + 2  # every region, "Not given", the total
    # Completed: 5 women of Naryn (the one completed on 1 December is December's).
    done = rows_of(completed)
    assert done["Naryn region"] == ["×", "<5", "<5", "<5", "×"]
    assert done["Total"] == ["×", "<5", "<5", "<5", "5"]
    # Nobody certified: under 5 in all, the table is its total alone.
    assert certified.rows == [["Total", "", "", "", "", "<5"]]


def test_a_person_is_counted_once_and_a_certificate_by_its_snapshot(people):
    naryn_women = people["naryn_women"]
    for person in naryn_women[:6]:
        certify(person, datetime.date(2026, 11, 20))
    certify(naryn_women[0], datetime.date(2026, 11, 21))  # a second one: the same person
    certify(naryn_women[6], datetime.date(2026, 10, 31))  # October's
    revoked = certify(naryn_women[7], datetime.date(2026, 11, 20))
    Certificate.objects.filter(pk=revoked.pk).update(revoked_at=at(22))
    # Moved to Bishkek since: the certificate keeps Naryn, and the report reads it.
    naryn_women[1].region = Region.BISHKEK
    naryn_women[1].save()
    with translation.override("en"):
        certified = rows_of(monthly.sections_for(*NOVEMBER, None)[2])
    # Six women of Naryn: alone in the table, the 6 hides (the 0s beside it are "<5"), and the
    # total of all shows it.
    assert certified["Naryn region"] == ["×", "<5", "<5", "<5", "×"]
    assert certified["Bishkek city"] == ["<5", "<5", "<5", "<5", "<5"]
    assert certified["Total"] == ["×", "<5", "<5", "<5", "6"]


def test_counts_take_the_same_queries_however_many_people(people, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        monthly.sections_for(*NOVEMBER, None)


def test_only_coordinators_and_administrators_are_counted_for(people, trainer, coordinator):
    monthly.sections_for(*NOVEMBER, coordinator)
    with pytest.raises(PermissionError):
        monthly.sections_for(*NOVEMBER, trainer)


def pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("language", "title", "period", "naryn", "note"),
    [
        (
            "ky",
            "Айлык отчет: ноябрь 2026-ж.",
            "1–30-ноябрь 2026-ж.",
            "Нарын облусу",
            "5 адамдан аз",
        ),
        ("ru", "Ежемесячный отчёт: ноябрь 2026 г.", "1–30 ноября 2026 г.", "Нарынская", "меньше 5"),
    ],
)
def test_pdf_has_title_period_filters_note_and_suppressed_numbers(
    people, language, title, period, naryn, note
):
    text = pdf_text(monthly.monthly_pdf(*NOVEMBER, language=language))
    assert title in text
    assert period in text
    with translation.override(language):
        assert translation.gettext("Covers") in text
        assert translation.gettext("Every course, webinar, programme and session") in text
        assert monthly.suppression_note() in text
        assert translation.gettext("People enrolled") in text
    assert note in text
    # Naryn's row as the table shows it: 12 women, men hidden, 18 in all; never the raw 6.
    row = text[text.index(naryn) :].split(" 18")[0]
    assert row.endswith("12 × <5 <5"), row
    assert " 6 " not in row + " "


@pytest.fixture
def recipients(db):
    return {
        "ky": UserFactory(role=Role.COORDINATOR, email="ky@example.kg"),
        "ru": UserFactory(role=Role.COORDINATOR, email="ru@example.kg", preferred_language="ru"),
        "inactive": UserFactory(role=Role.COORDINATOR, email="gone@example.kg", is_active=False),
        "administrator": UserFactory(role=Role.ADMINISTRATOR, email="admin@example.kg"),
        "trainer": UserFactory(role=Role.TRAINER, email="trainer@example.kg"),
    }


def run_task(capture, today="2026-12-01"):
    with capture(execute=True):
        monthly_report.delay(today=today)


def test_task_emails_each_active_coordinator_a_link_once(
    people, recipients, django_capture_on_commit_callbacks
):
    run_task(django_capture_on_commit_callbacks)
    report = MonthlyReport.objects.get()
    assert (report.period_start, report.period_end) == NOVEMBER
    assert report.language == "ky" and report.emailed_at is not None
    assert sorted(message.to[0] for message in mail.outbox) == ["ky@example.kg", "ru@example.kg"]
    by_address = {message.to[0]: message for message in mail.outbox}
    kyrgyz, russian = by_address["ky@example.kg"], by_address["ru@example.kg"]
    assert kyrgyz.subject == "Айлык отчет: ноябрь 2026-ж."
    assert f"http://testserver/ky/reports/monthly/{report.pk}/download/" in kyrgyz.body
    assert "1–30-ноябрь 2026-ж." in kyrgyz.body
    assert russian.subject == "Ежемесячный отчёт: ноябрь 2026 г."
    assert f"http://testserver/ru/reports/monthly/{report.pk}/download/" in russian.body
    for message in mail.outbox:
        assert message.attachments == []
        assert not getattr(message, "alternatives", [])
    # Run again (a retry, beat's message delivered twice, a day later): nothing more.
    run_task(django_capture_on_commit_callbacks)
    run_task(django_capture_on_commit_callbacks, today="2026-12-02")
    assert MonthlyReport.objects.count() == 1
    assert len(mail.outbox) == 2


def test_task_stopped_after_the_pdf_emails_when_run_again(
    people, recipients, django_capture_on_commit_callbacks
):
    report = monthly.monthly_report_create(period_start=NOVEMBER[0])
    assert report.emailed_at is None and mail.outbox == []
    run_task(django_capture_on_commit_callbacks)
    assert MonthlyReport.objects.get().pk == report.pk
    assert len(mail.outbox) == 2


def test_a_worker_that_loses_the_race_keeps_the_other_report(people, monkeypatch, private_files):
    made = monthly.monthly_pdf

    def another_worker_first(start, end, *, language):
        data = made(start, end, language=language)
        other = MonthlyReport(period_start=start, period_end=end, language=language)
        other.file.save("other.pdf", ContentFile(data))
        return data

    monkeypatch.setattr(monthly, "monthly_pdf", another_worker_first)
    report = monthly.monthly_report_create(period_start=NOVEMBER[0])
    assert MonthlyReport.objects.get().pk == report.pk
    files = list((private_files / "reports" / "monthly").iterdir())
    assert files == [Path(report.file.path)]  # the loser's file is gone


def test_the_report_is_a_private_file_and_the_task_is_audited(
    people, recipients, django_capture_on_commit_callbacks
):
    run_task(django_capture_on_commit_callbacks)
    report = MonthlyReport.objects.get()
    with pytest.raises(ValueError, match="no public URL"):
        _ = report.file.url
    assert report.file.read().startswith(b"%PDF")
    [entry] = AuditEntry.objects.filter(what="reports.monthly")
    assert entry.action == AuditEntry.Action.EXPORTED
    assert entry.detail == f"pk={report.pk} month=2026-11"
    assert entry.actor is None


def test_beat_runs_the_task_on_the_first_of_each_month(settings):
    from lms.celery import app

    entry = settings.CELERY_BEAT_SCHEDULE["reports-monthly"]
    assert entry["task"] == "reports.tasks.monthly_report"
    assert entry["task"] in app.tasks
    schedule = entry["schedule"]
    assert schedule.day_of_month == {1} and schedule.hour == {6} and schedule.minute == {0}


def test_previous_month():
    assert monthly.previous_month(datetime.date(2026, 12, 1)) == NOVEMBER
    assert monthly.previous_month(datetime.date(2027, 1, 15)) == (
        datetime.date(2026, 12, 1),
        datetime.date(2026, 12, 31),
    )
    assert monthly.previous_month(datetime.date(2028, 3, 1))[1] == datetime.date(2028, 2, 29)


# The download, as each person.


@pytest.fixture
def stored(db):
    report = MonthlyReport(period_start=NOVEMBER[0], period_end=NOVEMBER[1], language="ky")
    report.file.save("r.pdf", ContentFile(b"%PDF-1.7 monthly"))
    return report


def url(report, language="ky"):
    with translation.override(language):
        return monthly.download_url(report, language).removeprefix("http://testserver")


def test_download_for_coordinators_and_administrators(
    stored, client_for, coordinator, administrator
):
    for person in (coordinator, administrator):
        response = client_for(person).get(url(stored))
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.7 monthly"
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment")
        assert "tendik-report-2026-11.pdf" in response["Content-Disposition"]
    entries = AuditEntry.objects.filter(what="reports.monthly", action="downloaded")
    assert {entry.actor_id for entry in entries} == {coordinator.pk, administrator.pk}
    assert len(entries) == 2
    assert {entry.detail for entry in entries} == {f"pk={stored.pk} month=2026-11"}


def test_download_refused_to_everyone_else(stored, client_for, learner, trainer):
    response = client_for(None).get(url(stored))
    with translation.override("ky"):
        sign_in = reverse("people:sign_in")
    assert response.status_code == 302 and response["Location"].startswith(sign_in)
    for person in (learner, trainer):
        assert client_for(person).get(url(stored)).status_code == 403
    assert not AuditEntry.objects.filter(what="reports.monthly").exists()


def test_download_of_no_such_report(stored, client_for, coordinator):
    response = client_for(coordinator).get(url(stored).replace(str(stored.pk), str(stored.pk + 9)))
    assert response.status_code == 404


def test_the_monthly_tables_are_the_dashboards_for_the_month(people, client_for, coordinator):
    """One way to count: the dashboard's table by oblast and gender over November shows what
    the monthly report prints."""
    from tests.reports.test_dashboard import table

    with translation.override("ky"):
        sections = monthly.sections_for(*NOVEMBER, None)
    for printed, key in zip(sections, ("enrolled", "completed", "certified"), strict=True):
        query = f"?start=2026-11-01&end=2026-11-30&indicator={key}&rows=region&columns=gender"
        shown = table(client_for(coordinator).get(f"/ky/reports/{query}"))
        if len(printed.rows) == 1:  # refused: its total alone
            assert shown[-1][-1] == printed.rows[-1][-1] == "<5"
        else:
            assert shown == [printed.header, *printed.rows]
