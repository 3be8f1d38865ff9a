"""Attendance imported from a CSV or XLSX file typed in from the signed sheets: checked and
shown first, then stored all or nothing; bad files and bad rows said in the person's language."""

import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.trainings.attendance_fixtures import make_participant, make_session, register
from trainings.models import Attendance, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(course, trainer):
    session = make_session(course, trainer, hours="6", days=2)
    session.aigul = register(session, make_participant("Айгүл Өмүрова", claim_code="AIGUL0001"))
    session.nurlan = register(session, make_participant("Нурлан Үсөнов", birth_year=1980))
    # Two people of one name, told apart by the birth year.
    session.bakyt_old = register(session, make_participant("Бакыт Асанов", birth_year=1961))
    session.bakyt_young = register(session, make_participant("Бакыт Асанов", birth_year=1999))
    return session


def csv_file(rows, name="attendance.csv"):
    text = "\n".join(";".join(str(cell) for cell in row) for row in rows) + "\n"
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, name="attendance.xlsx"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def upload(client, session, file, language="ky"):
    return client.post(f"/{language}/trainings/{session.pk}/attendance/import/", {"file": file})


def confirm_url(response) -> str:
    return re.search(r'action="(/\w\w/trainings/\d+/attendance/import/[^/"]+/)"', response.text)[1]


def test_a_file_headed_as_the_kyrgyz_sheet_is_checked_then_stored(session, trainer, client_for):
    client = client_for(trainer)
    rows = [
        ["№", "Күнү", "Аты-жөнү", "Туулган жылы", "Жеке код", "Саат", "Колу"],
        [1, "23.11.2026", "", "", "aigul-0001", "6", "✓"],
        [2, "23.11.2026", "нурлан  үсөнов", "1980", "", "4,5", ""],
        [3, "24.11.2026", "Бакыт Асанов", "1999", "", "0", ""],
        [4, "2026-11-24", "Айгүл Өмүрова", "", "", "6", ""],
    ]
    preview = upload(client, session, csv_file(rows))

    assert preview.status_code == 200
    assert "Катасы бар саптар: 0" in preview.text
    assert not Attendance.objects.exists()  # nothing until she confirms

    response = client.post(confirm_url(preview), follow=True)

    assert "Катышуу жүктөлдү: 4 сап, 3 катышкан." in response.text
    stored = {
        (row.registration_id, row.day.date.day): (row.present, row.hours)
        for row in Attendance.objects.select_related("day")
    }
    assert stored == {
        (session.aigul.pk, 23): (True, Decimal("6")),
        (session.nurlan.pk, 23): (True, Decimal("4.5")),
        (session.bakyt_young.pk, 24): (False, Decimal("0")),
        (session.aigul.pk, 24): (True, Decimal("6")),
    }
    # A second confirm of the same preview stores nothing twice.
    again = client.post(confirm_url(preview), follow=True)
    assert "мурда эле жүктөлгөн" in again.text
    assert Attendance.objects.count() == 4


def test_an_xlsx_with_missing_columns_is_refused_in_kyrgyz(session, trainer, client_for):
    rows = [["full_name", "region"], ["Айгүл Өмүрова", "Нарын облусу"]]
    response = upload(client_for(trainer), session, xlsx_file(rows))
    assert response.status_code == 200
    assert "date, hours" in response.text
    assert "Жок: date, hours." in response.text
    assert not Attendance.objects.exists()


def test_an_xlsx_with_an_unknown_region_lists_the_row_and_stores_nothing(
    session, trainer, client_for
):
    rows = [
        ["date", "full_name", "region", "hours"],
        ["23.11.2026", "Айгүл Өмүрова", "Нарын облусу", 6],
        ["23.11.2026", "Нурлан Үсөнов", "Кочкор облусу", 6],
    ]
    response = upload(client_for(trainer), session, xlsx_file(rows), language="ru")
    assert "Строка 3:" in response.text
    assert "Неизвестный регион: «Кочкор облусу»." in response.text
    assert "Ничего не сохранено" in response.text
    assert not re.search(r'action="/ru/trainings/\d+/attendance/import/[^/"]+/"', response.text)
    assert not Attendance.objects.exists()


def test_bad_rows_are_each_listed_with_why(session, trainer, client_for):
    rows = [
        ["date", "full_name", "hours", "present"],
        ["23.11.2026", "Айгүл Өмүрова", "8", ""],  # above the day's 6 hours
        ["23.11.2026", "Гүлнара Төрөбекова", "6", ""],  # not registered
        ["30.11.2026", "Нурлан Үсөнов", "6", ""],  # not a day of the session
        ["23.11.2026", "Бакыт Асанов", "6", ""],  # two of that name, nothing to tell them apart
        ["23.11.2026", "Нурлан Үсөнов", "алты", ""],
        ["23.11.2026", "Нурлан Үсөнов", "", "балким"],
        ["24.11.2026", "Айгүл Өмүрова", "6", "жок"],  # hours, yet absent
    ]
    text = upload(client_for(trainer), session, csv_file(rows)).text
    for message in (
        "2-сап: Айгүл Өмүрова: 8 саат күндүн 6 саатынан көп.",
        "3-сап: “Гүлнара Төрөбекова” бул тренингге катталган эмес",
        "4-сап: Тренингде 30.11.2026 күнү жок.",
        "5-сап: “Бакыт Асанов” деген бир нече катышуучу бар: жеке кодун жазыңыз.",
        "6-сап: “алты” — сааттардын саны эмес.",
        "7-сап: “present” тилкесинде “балким”: ооба же жок деп жазыңыз.",
        "8-сап: Айгүл Өмүрова: сааттар жазылган, бирок катышты деп белгиленген эмес.",
    ):
        assert message in text, message
    assert "Катасы бар саптар: 7" in text
    assert not Attendance.objects.exists()


def test_the_same_person_twice_on_one_day_is_refused(session, trainer, client_for):
    rows = [
        ["date", "full_name", "hours"],
        ["23.11.2026", "Айгүл Өмүрова", "6"],
        ["23.11.2026", "айгүл өмүрова", "5"],
    ]
    text = upload(client_for(trainer), session, csv_file(rows)).text
    assert "3-сап: Айгүл Өмүрова бир эле күнгө эки жолу жазылган." in text
    assert not Attendance.objects.exists()


def test_a_session_closed_between_the_preview_and_the_confirm_stores_nothing(
    session, trainer, client_for
):
    client = client_for(trainer)
    rows = [["date", "full_name", "hours"], ["23.11.2026", "Айгүл Өмүрова", "6"]]
    preview = upload(client, session, csv_file(rows))
    Session.objects.filter(pk=session.pk).update(status=Session.Status.CLOSED)

    response = client.post(confirm_url(preview))

    assert response.status_code == 404  # a closed session is no longer hers to change
    assert not Attendance.objects.exists()


def test_hours_lowered_between_the_preview_and_the_confirm_store_nothing(
    session, trainer, client_for
):
    client = client_for(trainer)
    rows = [
        ["date", "full_name", "hours"],
        ["23.11.2026", "Айгүл Өмүрова", "6"],
        ["24.11.2026", "Нурлан Үсөнов", "6"],
    ]
    preview = upload(client, session, csv_file(rows))
    session.days.filter(date__day=24).update(hours=4)

    response = client.post(confirm_url(preview))

    assert "Эч нерсе жүктөлгөн жок" in response.text
    assert "Нурлан Үсөнов: 6 саат күндүн 4 саатынан көп." in response.text
    assert not Attendance.objects.exists()  # the first day's good row neither


def test_an_xlsx_with_excel_dates_and_number_cells_is_stored(session, trainer, client_for):
    import datetime

    client = client_for(trainer)
    rows = [
        ["Дата", "ФИО", "Год рождения", "Часы", "Присутствовал(а)"],
        [datetime.datetime(2026, 11, 23), "Бакыт Асанов", 1961, 5.5, "да"],
        [datetime.date(2026, 11, 24), "Нурлан Үсөнов", None, None, "да"],
    ]
    preview = upload(client, session, xlsx_file(rows), language="ru")
    assert "Строки с ошибками: 0" in preview.text
    client.post(confirm_url(preview))

    stored = {row.registration_id: row.hours for row in Attendance.objects.all()}
    assert stored == {session.bakyt_old.pk: Decimal("5.5"), session.nurlan.pk: Decimal("6")}
