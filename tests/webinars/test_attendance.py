import zoneinfo
from datetime import UTC, datetime

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from courses.completion import missing_for_completion
from courses.models import Enrolment, LessonPage
from courses.services import EnrolmentRefused, enrolment_create, lesson_mark_done
from tests.factories import UserFactory
from tests.helpers import translated
from tests.webinars.conftest import make_webinar
from webinars.attendance import ReportRefused, merged_minutes, parse_time, read_report
from webinars.models import AttendanceRow, Registration
from webinars.services import attendance_import, attendance_match, registration_create
from webinars.signals import webinar_attended

pytestmark = pytest.mark.django_db
BISHKEK = zoneinfo.ZoneInfo("Asia/Bishkek")

ZOOM = """Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
812 3456 7890,Онлайн кызматтар,12/01/2026 02:55:00 PM,12/01/2026 04:35:00 PM,host@tendik.kg,100,3

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
Айгүл Өмүрова,AIGUL@example.kg,12/01/2026 03:00:00 PM,12/01/2026 03:30:00 PM,30,No
Айгүл Өмүрова,aigul@example.kg,12/01/2026 03:20:00 PM,12/01/2026 03:50:00 PM,30,No
Айгүл Өмүрова,aigul@example.kg,12/01/2026 04:00:00 PM,12/01/2026 04:10:00 PM,10,No
Бакыт (Телефон),,12/01/2026 03:00:00 PM,12/01/2026 04:30:00 PM,90,Yes
"""

GENERIC = """name;email;join time;leave time
Нурлан Асанов;nurlan@example.kg;01.12.2026 15:00;01.12.2026 16:00
Нурлан Асанов;nurlan@example.kg;01.12.2026 15:00;01.12.2026 16:00
Анна Ковальская;anna@example.pl;2026-12-01T10:00:00+01:00;2026-12-01T10:50:00+01:00
"""


def test_times_with_a_zone_or_in_bishkek_time():
    assert parse_time("2026-12-01 15:00") == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert parse_time("01.12.2026 15:00:00") == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert parse_time("12/01/2026 03:00:00 PM") == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert parse_time("2026-12-01T10:00:00+01:00") == datetime(
        2026, 12, 1, 9, 0, tzinfo=UTC
    )  # Warsaw
    assert parse_time("2026-12-01T09:00:00Z") == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert parse_time("2026-12-01 09:00:00 UTC") == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_time("кечинде")


def test_minutes_of_rejoins_add_up_and_overlaps_count_once():
    at = lambda h, m: datetime(2026, 12, 1, h, m, tzinfo=UTC)  # noqa: E731
    assert (
        merged_minutes([(at(9, 0), at(9, 30)), (at(9, 20), at(9, 50)), (at(10, 0), at(10, 10))])
        == 60
    )
    assert merged_minutes([]) == 0


def test_zoom_report_after_its_meeting_summary():
    report = read_report(ZOOM.encode("utf-8-sig"))
    assert report.format == "zoom" and not report.errors
    assert [row.email for row in report.rows] == ["aigul@example.kg"] * 3 + [""]


def test_generic_semicolon_report_in_windows_1251_with_a_duplicate_row():
    data = GENERIC.encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    report = read_report(data)
    assert report.format == "generic"
    assert report.duplicates == 1 and len(report.rows) == 2
    assert report.rows[0].name == "Нурлан Асанов"


def test_a_missing_column_is_refused_with_its_name_in_kyrgyz():
    with translation.override("ky"), pytest.raises(ReportRefused) as refusal:
        read_report("name,email,join time\nА,a@x.kg,2026-12-01 15:00\n".encode())
    assert "чыккан убакыт" in str(refusal.value)


def test_bad_rows_are_listed_by_number_and_the_rest_imported():
    data = (
        "name,email,join time,leave time\n"
        "А,a@x.kg,эртең,2026-12-01 16:00\n"
        "Б,b@x.kg,2026-12-01 16:00,2026-12-01 15:00\n"
        "В,c@x.kg\n"
        "Г,d@x.kg,2026-12-01 15:00,2026-12-01 16:00\n"
    )
    with translation.override("en"):
        report = read_report(data.encode())
    assert len(report.rows) == 1 and len(report.errors) == 3
    assert [error.split(":")[0] for error in report.errors] == ["Row 2", "Row 3", "Row 4"]


@pytest.fixture
def aigul(db):
    return UserFactory(email="aigul@example.kg", full_name="Айгүл Өмүрова")


def test_import_sums_minutes_over_rejoins_and_lists_unmatched(series, aigul):
    webinar = make_webinar(series, capacity=10, attendance_minutes=60)
    registration_create(user=aigul, webinar=webinar)
    summary = attendance_import(webinar=webinar, data=ZOOM.encode())
    assert (summary.added, summary.matched, summary.unmatched, summary.attended) == (4, 3, 1, 1)
    registration = Registration.objects.get(user=aigul)
    assert registration.minutes_attended == 60 and registration.attended
    # The same file again: nothing added, nothing counted twice.
    again = attendance_import(webinar=webinar, data=ZOOM.encode())
    assert (again.added, again.duplicates, again.attended) == (0, 4, 0)
    registration.refresh_from_db()
    assert registration.minutes_attended == 60
    assert AttendanceRow.objects.filter(registration__isnull=True).count() == 1


def test_below_the_threshold_is_not_attended_and_manual_match_counts(series, aigul):
    webinar = make_webinar(series, capacity=10, attendance_minutes=61)
    registration_create(user=aigul, webinar=webinar)
    bakyt = UserFactory(full_name="Бакыт Токтогулов")
    registration_create(user=bakyt, webinar=webinar)
    attendance_import(webinar=webinar, data=ZOOM.encode())
    assert not Registration.objects.get(user=aigul).attended
    row = AttendanceRow.objects.get(registration__isnull=True)
    assert (
        attendance_match(
            webinar=webinar, row=row, registration=Registration.objects.get(user=bakyt)
        )
        == 1
    )
    assert Registration.objects.get(user=bakyt).minutes_attended == 90


def test_attended_signal_once_after_commit(series, aigul, django_capture_on_commit_callbacks):
    webinar = make_webinar(series, capacity=10, attendance_minutes=30)
    registration_create(user=aigul, webinar=webinar)
    received = []

    def receiver(sender, registration, **kwargs):
        received.append(registration.pk)

    webinar_attended.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            attendance_import(webinar=webinar, data=ZOOM.encode())
            attendance_import(webinar=webinar, data=ZOOM.encode())
    finally:
        webinar_attended.disconnect(receiver)
    assert received == [Registration.objects.get(user=aigul).pk]


def test_attending_completes_the_webinar_block_of_a_course(series, course, lessons, aigul):
    webinar = make_webinar(series, capacity=10, attendance_minutes=30)
    lesson = lessons[0]
    lesson.body.append(("webinar", {"webinar": webinar, "required": True}))
    lesson.save_revision().publish()
    enrolment = enrolment_create(user=aigul, course=course)
    for each in LessonPage.objects.descendant_of(course).exclude(pk=lesson.pk):
        lesson_mark_done(user=aigul, lesson=each)
    # The webinar's lesson is done by attending it, not by marking it.
    with pytest.raises(EnrolmentRefused):
        lesson_mark_done(user=aigul, lesson=LessonPage.objects.get(pk=lesson.pk))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None  # the webinar is still missing
    assert missing_for_completion(enrolment, course) == [
        translated("Attend the webinar in lesson “%(lesson)s”") % {"lesson": lesson.title}
    ]
    registration_create(user=aigul, webinar=webinar)
    attendance_import(webinar=webinar, data=ZOOM.encode())
    assert enrolment.progress.filter(lesson_key=lesson.translation_key).exists()
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_lesson_shows_the_webinar_block(series, course, lessons, aigul, client_for):
    webinar = make_webinar(series)
    lesson = lessons[0]
    lesson.body.append(("webinar", {"webinar": webinar, "required": True}))
    lesson.save_revision().publish()
    enrolment_create(user=aigul, course=course)
    html = client_for(aigul).get(Page.objects.get(pk=lesson.pk).url).content.decode()
    assert webinar.title in html


def test_report_page_imports_and_only_coordinators_see_it(
    series, aigul, client_for, learner, trainer, coordinator, administrator
):
    webinar = make_webinar(series, capacity=10, attendance_minutes=30)
    registration_create(user=aigul, webinar=webinar)
    url = reverse("webinars:report", args=[webinar.pk])
    assert client_for().get(url).status_code == 302
    for person in (learner, aigul, trainer):
        assert client_for(person).get(url).status_code == 403
    for person in (coordinator, administrator):
        assert client_for(person).get(url).status_code == 200
    client = client_for(coordinator)
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        url, {"report": SimpleUploadedFile("zoom.csv", ZOOM.encode())}, follow=True
    )
    assert Registration.objects.get(user=aigul).attended
    assert "Бакыт (Телефон)" in response.content.decode()  # the unmatched row, to match by hand
    bad = client.post(
        url,
        {"report": SimpleUploadedFile("x.csv", b"a,b\n1,2\n")},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ky",
    )
    assert translated("join time") in bad.content.decode()
    assert (
        learner.pk
        and client_for(learner)
        .post(url, {"report": SimpleUploadedFile("z.csv", ZOOM.encode())})
        .status_code
        == 403
    )


def test_a_report_of_60000_bad_rows_makes_one_short_page(series, client_for, coordinator):
    webinar = make_webinar(series, capacity=10, attendance_minutes=30)
    url = reverse("webinars:report", args=[webinar.pk])
    bad = "name,email,join time,leave time\n" + "".join(
        f"P{n},p{n}@example.kg,эртең,кечинде\n" for n in range(60_000)
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client_for(coordinator).post(
        url, {"report": SimpleUploadedFile("bad.csv", bad.encode())}, follow=True
    )
    page = response.content.decode()
    shown = [str(m) for m in response.context["messages"]]
    assert len(shown) == 1 + 20 + 1  # the summary, the first 20 rows, and how many more
    cannot_read = translated(
        "Row %(row)s: the time “%(time)s” cannot be read. "
        "Use e.g. 2026-12-01 14:00 (Bishkek time) or 2026-12-01T14:00+06:00."
    )
    assert shown[1:21] == [cannot_read % {"row": n, "time": "эртең"} for n in range(2, 22)]
    with translation.override("ky"):
        from core.tabular import more_rows_text

        assert shown[-1] == more_rows_text(59_980)
    assert shown[-1] in page and "59" in shown[-1]
    assert len(response.content) < 60_000
    assert not AttendanceRow.objects.exists()


def test_a_report_past_the_row_cap_is_refused_and_stores_nothing(series, settings):
    settings.ATTENDANCE_MAX_ROWS = 3
    webinar = make_webinar(series, capacity=10, attendance_minutes=30)
    rows = "".join(f"P{n},p{n}@x.kg,2026-12-01 15:00,2026-12-01 16:00\n" for n in range(4))
    with translation.override("ru"), pytest.raises(ReportRefused) as refusal:
        attendance_import(webinar=webinar, data=("name,email,join,leave\n" + rows).encode())
    assert str(refusal.value) == translated(
        "The file has more than %(count)s rows. Split it into smaller files.", "ru"
    ) % {"count": 3}
    assert not AttendanceRow.objects.exists()
