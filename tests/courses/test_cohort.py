"""A coordinator enrols a group from a CSV or XLSX file: reading and checking the file, the
all-or-nothing enrolment with its emails, and the two pages."""

import io
import math
import re
from urllib.parse import urlsplit

import openpyxl
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from core.tabular import more_rows_text
from courses import cohort
from courses.cohort import CohortFileError, CohortRefused, cohort_enrol, cohort_parse
from courses.cohort import services as cohort_services
from courses.models import CourseIndexPage, CoursePage, Enrolment
from courses.services import enrolment_create
from outbox.models import OutgoingEmail
from people.models import Consent, User
from people.roles import Role, roles_of
from tests.factories import TargetGroupFactory, UserFactory
from tests.helpers import translated, xlsx_bytes

HEADER = "email,full_name,region,gender,settlement_type,preferred_language,target_groups"

# A PNG's first bytes: a signature and the start of its IHDR chunk.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


@pytest.fixture
def cohort_course(db):
    home = Page.objects.get(depth=2).specific
    index = home.add_child(instance=CourseIndexPage(title="Курстар", slug="cohort-courses"))
    course = index.add_child(
        instance=CoursePage(title="Гендердик теңчилик", slug="gender", summary="Кыскача")
    )
    course.save_revision().publish()
    course.refresh_from_db()
    return course


def upload(content: bytes, name: str = "list.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def csv_upload(*lines: str, encoding: str = "utf-8", name: str = "list.csv"):
    return upload(("\r\n".join(lines) + "\r\n").encode(encoding), name)


def xlsx_upload(rows, name: str = "list.xlsx") -> SimpleUploadedFile:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return upload(buffer.getvalue(), name)


def message(text: str, **values) -> str:
    """A message as the code under test produces it, in the active language."""
    return gettext(text) % values if values else gettext(text)


def file_error(uploaded) -> CohortFileError:
    with pytest.raises(CohortFileError) as caught:
        cohort_parse(uploaded)
    return caught.value


# Reading a file


def test_good_csv_preview_new_and_existing(cohort_course, learner, coordinator):
    enrolment_create(user=learner, course=cohort_course, by=coordinator)
    with translation.override("ru"):
        naryn_in_russian = gettext("Naryn region")
    preview = cohort_parse(
        csv_upload(
            HEADER,
            "gulnara@example.kg,  Гүлнара   Асанова ,naryn,woman,rural,ru,youth; Аял лидерлер",
            f"{learner.email.upper()},Айгүл Өмүрова,,,,,",
            f"nurlan@example.kg,Нурлан Бекович,{naryn_in_russian},man,urban,,",
        ),
        course=cohort_course,
    )
    new, existing, third = preview.rows
    assert [row.number for row in preview.rows] == [2, 3, 4]
    assert (new.status, new.email, new.full_name) == (
        "new",
        "gulnara@example.kg",
        "Гүлнара Асанова",
    )
    assert (new.region, new.gender, new.settlement_type) == ("naryn", "woman", "rural")
    assert new.preferred_language == "ru"
    assert new.target_groups == ["youth", "women-leaders"]
    assert existing.status == "existing" and existing.user == learner
    assert existing.already_enrolled
    assert third.status == "new" and third.region == "naryn" and third.preferred_language == "ky"
    assert preview.is_valid
    assert (preview.new_count, preview.existing_count, preview.error_count) == (2, 1, 0)
    assert preview.already_enrolled_count == 1


def test_semicolons_bom_and_names_with_commas(db):
    preview = cohort_parse(
        upload(
            "\ufeffEmail ; FULL_NAME;Target_Groups\n"
            'a@example.kg;Айжан;"Gender, women\'s, youth and other NGOs, Youth"\n'
            "b@example.kg;Бермет;ngos; \n".encode()
        )
    )
    first, second = preview.rows
    assert first.target_groups == ["ngos", "youth"]
    assert second.target_groups == ["ngos"]
    assert preview.is_valid


def test_cp1251_csv_from_excel(db):
    preview = cohort_parse(
        csv_upload(
            "email;full_name;region",
            "asel@example.kg;Асель Токтогулова;Нарын",
            "ruslan@example.kg;Руслан Маматов;talas",
            encoding="cp1251",
        )
    )
    first, second = preview.rows
    assert first.full_name == "Асель Токтогулова"
    assert first.errors == [message("Unknown region: “%(value)s”.", value="Нарын")]
    assert second.full_name == "Руслан Маматов" and second.region == "talas"


def test_xlsx_first_sheet(db, learner):
    uploaded = xlsx_upload(
        [
            [" EMAIL ", "Full_Name", "region", "country", "target_groups"],
            ["zarina@example.kg", "Зарина Исакова", "abroad", "kz", "diaspora"],
            [None, None, None, None, None],
            [learner.email, "Айгүл", "Osh city", None, None],
            ["bad-email", "", None, None, None],
        ]
    )
    preview = cohort_parse(uploaded)
    zarina, existing, bad = preview.rows
    assert (zarina.number, zarina.region, zarina.country) == (2, "abroad", "KZ")
    assert zarina.target_groups == ["diaspora"]
    assert (existing.number, existing.status, existing.region) == (4, "existing", "osh_city")
    assert bad.number == 5 and bad.status == "error"
    assert message("The email “%(value)s” is not valid.", value="bad-email") in bad.errors
    assert message("The name is empty.") in bad.errors


def test_bad_header_names_the_expected_columns(db):
    missing = file_error(csv_upload("email,name", "a@example.kg,Айжан"))
    assert missing.code == "header"
    assert "full_name" in missing.message and "target_groups" in missing.message
    assert message("Missing: %(columns)s.", columns="full_name") in missing.message
    unknown = file_error(csv_upload("email,full_name,phone", "a@example.kg,Айжан,0555"))
    assert message("Not recognised: %(columns)s.", columns="phone") in unknown.message


def test_unknown_region_and_unknown_target_group_are_row_errors(db):
    preview = cohort_parse(
        csv_upload(
            "email,full_name,region,target_groups",
            "a@example.kg,Айжан,Narnia,",
            "b@example.kg,Бермет,naryn,youth;astronauts",
            "c@example.kg,Чолпон,chuy,youth",
        )
    )
    region, group, good = preview.rows
    assert region.errors == [message("Unknown region: “%(value)s”.", value="Narnia")]
    assert group.errors == [message("Unknown target group: “%(value)s”.", value="astronauts")]
    assert good.status == "new"
    assert not preview.is_valid and preview.error_count == 2


def test_duplicate_emails_flag_both_rows(db):
    preview = cohort_parse(
        csv_upload(
            "email,full_name",
            "same@example.kg,Айжан",
            "other@example.kg,Бермет",
            "SAME@example.kg,Айжан Т.",
        )
    )
    first, other, second = preview.rows
    assert first.errors == [message("The same email is in another row too: %(rows)s.", rows="4")]
    assert second.errors == [message("The same email is in another row too: %(rows)s.", rows="2")]
    assert other.status == "new"


def test_row_checks(db):
    preview = cohort_parse(
        csv_upload(
            "email,full_name,region,country",
            f"long@example.kg,{'А' * 151},,",
            "abroad@example.kg,Айжан,abroad,",
            "kg@example.kg,Бермет,abroad,KG",
            ",Чолпон,,",
            "extra@example.kg,Динара,,,surplus",
        )
    )
    long, abroad, kyrgyzstan, no_email, extra = preview.rows
    assert long.errors == [message("The name is longer than %(count)s characters.", count=150)]
    assert abroad.errors == [
        message("Give the country code (such as KZ or RU) for someone abroad.")
    ]
    assert kyrgyzstan.errors == [message("Unknown country code: “%(value)s”.", value="KG")]
    assert no_email.errors == [message("The email is missing.")]
    assert extra.errors == [message("This row has more cells than the header has columns.")]


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (PNG, "list.csv", "not_csv"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "list.pdf", "extension"),
        (b"email,full_name\n", "list.xls", "extension"),
        (b"email,full_name\na@example.kg,A\n", "list", "extension"),
        (b"email,full_name\na@example.kg,A\n", "list.xlsx", "not_xlsx"),
        (b"PK\x03\x04 not really a zip", "list.xlsx", "not_xlsx"),
        (b"", "list.csv", "empty"),
        (b" \r\n\r\n", "list.csv", "empty"),
        (b"email,full_name\r\n,\r\n", "list.csv", "no_rows"),
    ],
)
def test_files_that_are_not_a_list(db, content, name, code):
    error = file_error(upload(content, name))
    assert error.code == code
    assert error.message


def test_too_big_and_too_many_rows(db):
    big = upload(b"email,full_name\n" + b"x" * (5 * 1024 * 1024), "list.csv")
    assert file_error(big).code == "too_big"
    lines = ["email,full_name"] + [f"p{n}@example.kg,Person {n}" for n in range(2001)]
    assert file_error(csv_upload(*lines)).code == "too_many_rows"
    assert len(cohort_parse(csv_upload(*lines[:2001])).rows) == 2000


def test_file_errors_are_in_the_active_language(db):
    with translation.override("ru"):
        expected = gettext("The file is empty.")
        assert file_error(upload(b"", "list.csv")).message == expected


# Enrolling


def reset_link(body: str) -> str:
    return re.search(r"https?://\S+/account/password-reset/\S+/\S+/", body).group(0)


def test_confirm_creates_accounts_enrols_everyone_and_emails_the_new(
    cohort_course, coordinator, learner, django_capture_on_commit_callbacks, client_for
):
    preview = cohort_parse(
        csv_upload(
            HEADER,
            "gulnara@example.kg,Гүлнара Асанова,naryn,woman,rural,ru,youth;women-leaders",
            f"{learner.email},Айгүл,,,,,",
            "nurlan@example.kg,Нурлан Бекович,chuy,man,urban,,",
        ),
        course=cohort_course,
    )
    people_before = User.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        result = cohort_enrol(course=cohort_course, rows=preview.rows, by=coordinator)

    assert (len(result.created), len(result.existing), result.enrolled) == (2, 1, 3)
    assert User.objects.count() == people_before + 2
    gulnara = User.objects.get(email="gulnara@example.kg")
    assert not gulnara.has_usable_password()
    assert roles_of(gulnara) == {Role.LEARNER}
    assert sorted(gulnara.target_groups.values_list("slug", flat=True)) == [
        "women-leaders",
        "youth",
    ]
    assert (gulnara.region, gulnara.gender, gulnara.preferred_language) == ("naryn", "woman", "ru")
    assert not Consent.objects.filter(user=gulnara).exists()
    enrolments = Enrolment.objects.filter(course_key=cohort_course.translation_key)
    assert enrolments.count() == 3
    assert set(enrolments.values_list("enrolled_by", flat=True)) == {coordinator.pk}

    assert sorted(email.to[0] for email in mail.outbox) == [
        "gulnara@example.kg",
        "nurlan@example.kg",
    ]
    to_gulnara = next(email for email in mail.outbox if email.to == ["gulnara@example.kg"])
    with translation.override("ru"):
        subject = gettext("Tendik: you are enrolled in “%(course)s”")
    assert to_gulnara.subject == subject % {"course": cohort_course.title}
    link = reset_link(to_gulnara.body)
    assert "/ru/account/password-reset/" in link
    to_nurlan = next(email for email in mail.outbox if email.to == ["nurlan@example.kg"])
    assert "/ky/account/password-reset/" in reset_link(to_nurlan.body)

    # The link lets her choose a password, once.
    client = client_for()
    form_page = client.get(urlsplit(link).path)
    assert form_page.status_code == 302
    password = "Жаңы-сыр-сөз-2026"
    done = client.post(form_page.url, {"new_password1": password, "new_password2": password})
    assert done.status_code == 302
    gulnara.refresh_from_db()
    assert gulnara.check_password(password)


def test_a_row_with_an_error_refuses_everything(cohort_course, coordinator):
    preview = cohort_parse(
        csv_upload("email,full_name,region", "a@example.kg,Айжан,naryn", "b@example.kg,Бермет,mars")
    )
    people_before = User.objects.count()
    with pytest.raises(CohortRefused) as refused:
        cohort_enrol(course=cohort_course, rows=preview.rows, by=coordinator)
    assert [row.number for row in refused.value.rows if row.errors] == [3]
    assert User.objects.count() == people_before
    assert not Enrolment.objects.exists()
    assert mail.outbox == []


def test_failure_midway_leaves_nothing(
    cohort_course, coordinator, monkeypatch, django_capture_on_commit_callbacks
):
    calls = []

    def failing(**kwargs):
        # The accounts are created by now; the enrolments fail.
        calls.append(sorted(user.email for user in kwargs["users"]))
        raise RuntimeError("database went away")

    monkeypatch.setattr(cohort_services, "enrolments_create", failing)
    preview = cohort_parse(
        csv_upload(
            "email,full_name", "a@example.kg,Айжан", "b@example.kg,Бермет", "c@example.kg,Чолпон"
        )
    )
    people_before = User.objects.count()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
    ):
        cohort_enrol(course=cohort_course, rows=preview.rows, by=coordinator)
    assert calls == [["a@example.kg", "b@example.kg", "c@example.kg"]]
    assert User.objects.count() == people_before
    assert not User.objects.filter(email__in=["a@example.kg", "b@example.kg"]).exists()
    assert not Enrolment.objects.exists()
    assert callbacks == [] and mail.outbox == []


def test_an_email_taken_since_the_preview_is_enrolled_as_existing(
    cohort_course, coordinator, django_capture_on_commit_callbacks
):
    preview = cohort_parse(csv_upload("email,full_name", "late@example.kg,Айжан"))
    assert preview.rows[0].is_new
    meanwhile = UserFactory(email="late@example.kg", role=Role.LEARNER)
    with django_capture_on_commit_callbacks(execute=True):
        result = cohort_enrol(course=cohort_course, rows=preview.rows, by=coordinator)
    assert result.created == [] and result.existing == [meanwhile]
    assert Enrolment.objects.get().user == meanwhile
    assert mail.outbox == []


def test_session_rows_round_trip(cohort_course, coordinator):
    preview = cohort_parse(
        csv_upload("email,full_name,target_groups", "a@example.kg,Айжан,youth;voters")
    )
    stored = [row.to_session() for row in preview.rows]
    result = cohort_enrol(course=cohort_course, rows=stored, by=coordinator)
    assert [person.email for person in result.created] == ["a@example.kg"]
    assert sorted(result.created[0].target_groups.values_list("slug", flat=True)) == [
        "voters",
        "youth",
    ]


# The pages (URLs: courses:cohort_upload and courses:cohort_confirm)


def upload_url(course):
    return f"/ky/learning/courses/{course.pk}/cohort/"


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER])
def test_pages_refuse_learners_and_trainers(client_for, cohort_course, role):
    client = client_for(UserFactory(role=role))
    assert client.get(upload_url(cohort_course)).status_code == 403
    response = client.post(f"{upload_url(cohort_course)}sometoken/confirm/")
    assert response.status_code == 403


def test_pages_send_anonymous_visitors_to_sign_in(client_for, cohort_course):
    response = client_for().get(upload_url(cohort_course))
    assert response.status_code == 302
    assert "/account/sign-in/" in response.url


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_coordinators_and_administrators_see_the_form(client_for, cohort_course, role):
    response = client_for(UserFactory(role=role)).get(upload_url(cohort_course))
    assert response.status_code == 200
    assert b'type="file"' in response.content
    assert b'enctype="multipart/form-data"' in response.content


def test_unknown_course_is_not_found(client_for, coordinator):
    assert client_for(coordinator).get("/ky/learning/courses/999999/cohort/").status_code == 404


def test_upload_preview_confirm_and_double_confirm(
    client_for, coordinator, learner, cohort_course, django_capture_on_commit_callbacks
):
    client = client_for(coordinator)
    uploaded = csv_upload(
        "email,full_name", "new@example.kg,Жаңы Адам", f"{learner.email},Айгүл Өмүрова"
    )
    preview = client.post(upload_url(cohort_course), {"file": uploaded})
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "new@example.kg" in page and learner.email in page
    assert preview.context["preview"].new_count == 1
    token = preview.context["token"]
    confirm_url = f"{upload_url(cohort_course)}{token}/confirm/"
    assert confirm_url in page
    assert User.objects.filter(email="new@example.kg").count() == 0

    assert client.get(confirm_url).status_code == 405
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(confirm_url)
    assert done.status_code == 302 and done.url == cohort_course.get_url()
    assert User.objects.filter(email="new@example.kg").count() == 1
    assert Enrolment.objects.count() == 2
    assert len(mail.outbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(confirm_url, follow=True)
    assert User.objects.filter(email="new@example.kg").count() == 1
    assert Enrolment.objects.count() == 2
    assert len(mail.outbox) == 1
    with translation.override("ky"):
        warning = gettext(
            "This list has already been enrolled, or its preview has expired. "
            "Upload the file again if you still need to."
        )
    assert warning in [str(m) for m in again.context["messages"]]


def test_a_file_with_errors_offers_no_confirm(client_for, coordinator, cohort_course):
    client = client_for(coordinator)
    uploaded = csv_upload("email,full_name", "same@example.kg,Айжан", "same@example.kg,Бермет")
    response = client.post(upload_url(cohort_course), {"file": uploaded})
    assert response.status_code == 200
    assert response.context["token"] is None
    assert "/confirm/" not in response.content.decode()
    assert not [key for key, _entry in client.session.items() if key.startswith("cohort:")]


def test_a_file_that_is_not_a_list_is_refused_on_the_form(client_for, coordinator, cohort_course):
    response = client_for(coordinator).post(
        upload_url(cohort_course), {"file": upload(PNG, "photo.csv")}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert "preview" not in response.context


def test_confirm_checks_the_rows_again(client_for, coordinator, cohort_course):
    client = client_for(coordinator)
    group = TargetGroupFactory(slug="farmers-2026")
    uploaded = csv_upload("email,full_name,target_groups", "new@example.kg,Жаңы Адам,farmers-2026")
    token = client.post(upload_url(cohort_course), {"file": uploaded}).context["token"]
    group.delete()
    response = client.post(f"{upload_url(cohort_course)}{token}/confirm/")
    assert response.status_code == 200
    (row,) = response.context["preview"].rows
    assert row.errors == [message("Unknown target group: “%(value)s”.", value="farmers-2026")]
    assert response.context["token"] is None
    assert not User.objects.filter(email="new@example.kg").exists()
    assert not Enrolment.objects.exists()


def sample_url(course, language="ky"):
    return f"/{language}/learning/courses/{course.pk}/cohort/sample.csv"


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_page_explains_each_column_in_its_language(
    client_for, coordinator, cohort_course, language
):
    page = client_for(coordinator).get(f"/{language}/learning/courses/{cohort_course.pk}/cohort/")
    text = page.content.decode()
    for explanation in [
        "First name and surname, exactly as they must appear on certificates.",
        "The person's email address: it is their sign-in, and a new account's email to "
        "choose a password goes there. One row per address.",
        "Only for people living abroad (region “Abroad”), and then required: the two-letter "
        "country code, such as KZ, RU or PL.",
        "Download a sample file (CSV)",
    ]:
        assert translated(explanation, language).replace("'", "&#x27;") in text
    # The accepted values are named as the page's language names them.
    for value in ["Naryn region", "Woman", "Rural"]:
        assert translated(value, language) in text
    assert sample_url(cohort_course, language) in text


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_sample_file_is_accepted_by_the_importer(
    client_for, coordinator, cohort_course, language
):
    client = client_for(coordinator)
    sample = client.get(sample_url(cohort_course, language))
    assert sample.status_code == 200
    assert sample["Content-Type"].startswith("text/csv")
    assert sample.content.startswith("\ufeff".encode())  # UTF-8 with a BOM, for Excel
    text = sample.content.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(cohort.COLUMNS)
    # Sample rows in the page's language.
    assert translated("Naryn region", language) in text
    assert translated("Rural", language) in text
    assert cohort.SAMPLE_PEOPLE[language][0] in text

    preview = client.post(
        f"/{language}/learning/courses/{cohort_course.pk}/cohort/",
        {"file": upload(sample.content, "sample.csv")},
    )
    rows = preview.context["preview"].rows
    assert [row.errors for row in rows] == [[], [], []]
    assert preview.context["token"]
    assert (rows[0].region, rows[0].gender, rows[0].settlement_type) == ("naryn", "woman", "rural")
    assert rows[0].target_groups  # a group given by its name in the page's language
    assert (rows[1].region, rows[1].country) == ("abroad", "KZ")


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER])
def test_only_those_who_enrol_groups_download_the_sample(client_for, cohort_course, role):
    assert client_for(UserFactory(role=role)).get(sample_url(cohort_course)).status_code == 403
    anonymous = client_for().get(sample_url(cohort_course))
    assert anonymous.status_code == 302 and "/account/sign-in/" in anonymous.url


def test_a_person_enrolled_from_a_file_can_ask_for_a_reset_later(
    cohort_course, coordinator, django_capture_on_commit_callbacks, client
):
    """Her password is unusable until she chooses one: the reset form must still send her a link
    (the welcome email's link may have expired), and the password she sets signs her in."""
    preview = cohort_parse(
        csv_upload(HEADER, "gulnara@example.kg,Гүлнара Асанова,naryn,woman,rural,ru,"),
        course=cohort_course,
    )
    cohort_enrol(course=cohort_course, rows=preview.rows, by=coordinator)
    gulnara = User.objects.get(email="gulnara@example.kg")
    assert not gulnara.has_usable_password()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        asked = client.post("/ky/account/password-reset/", {"email": "Gulnara@example.kg"})
    assert asked.status_code == 302
    assert [email.to for email in mail.outbox] == [["gulnara@example.kg"]]

    form_page = client.get(urlsplit(reset_link(mail.outbox[0].body)).path, follow=True)
    assert form_page.status_code == 200
    password = "Жаңы-сыр-сөз-2026"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}
    )
    assert done.status_code == 302
    signed_in = client.post(
        "/ky/account/sign-in/", {"username": "gulnara@example.kg", "password": password}
    )
    assert signed_in.status_code == 302
    assert client.session.get("_auth_user_id") == str(gulnara.pk)


def test_an_inactive_person_without_a_password_gets_no_reset(
    db, client, django_capture_on_commit_callbacks
):
    person = UserFactory(email="closed@example.kg", is_active=False)
    person.set_unusable_password()
    person.save()

    with django_capture_on_commit_callbacks(execute=True):
        asked = client.post("/ky/account/password-reset/", {"email": person.email})
    assert asked.status_code == 302
    assert mail.outbox == []


# Files that could stall a worker


def test_a_sheet_of_two_million_empty_cells_is_refused_before_it_is_parsed(db):
    rows = [["email", "full_name"]] + [[f"p{n}@example.kg", f"Адам {n}"] for n in range(2000)]
    wide = upload(xlsx_bytes(rows, empty_cells=1000), "wide.xlsx")
    error = file_error(wide)
    assert error.code == "too_many_cells"
    assert error.message == message(
        "The workbook has more than %(count)s cells (filled or only formatted). Copy only "
        "the list's columns and rows into a new workbook and upload that.",
        count=100_000,
    )


def test_formatted_empty_columns_under_the_cap_are_not_read(db):
    rows = [["email", "full_name", "region"]] + [
        [f"p{n}@example.kg", f"Адам {n}", "naryn"] for n in range(100)
    ]
    preview = cohort_parse(upload(xlsx_bytes(rows, empty_cells=200), "wide.xlsx"))
    assert preview.is_valid and len(preview.rows) == 100
    assert (preview.rows[-1].email, preview.rows[-1].region) == ("p99@example.kg", "naryn")


def test_the_row_cap_is_a_setting_and_its_message_is_translated(db, settings):
    settings.COHORT_MAX_ROWS = 3
    lines = ["email,full_name"] + [f"p{n}@example.kg,Адам {n}" for n in range(4)]
    with translation.override("ru"):
        error = file_error(csv_upload(*lines))
    assert error.code == "too_many_rows"
    assert error.message == translated(
        "The file has more than %(count)s rows. Split it into smaller files.", "ru"
    ) % {"count": 3}
    assert len(cohort_parse(csv_upload(*lines[:4])).rows) == 3


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (PNG, "list.xlsx"),
        (b"email,name\na@example.kg,A\n", "list.csv"),
        (b"", "list.csv"),
        (b"PK\x03\x04 not really a zip", "list.xlsx"),
    ],
)
def test_a_malformed_file_shows_its_error_and_stores_nothing(
    client_for, coordinator, cohort_course, content, name
):
    client = client_for(coordinator)
    people_before = User.objects.count()
    response = client.post(upload_url(cohort_course), {"file": upload(content, name)})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert "preview" not in response.context
    assert not [key for key, _entry in client.session.items() if key.startswith("cohort:")]
    assert User.objects.count() == people_before and not Enrolment.objects.exists()


def test_a_file_of_2000_bad_rows_lists_20_with_a_count(client_for, coordinator, cohort_course):
    lines = ["email,full_name"] + ["same@example.kg,Адам"] * 2000
    response = client_for(coordinator).post(
        upload_url(cohort_course), {"file": csv_upload(*lines)}, HTTP_ACCEPT_LANGUAGE="ky"
    )
    page = response.content.decode()
    with translation.override("ky"):
        more = more_rows_text(1980)
        row = gettext("Row %(number)s:") % {"number": 2}
        same = gettext("The same email is in another row too: %(rows)s.").split("%")[0]
    assert more == "жана дагы 1\xa0980 катасы бар сап"
    assert more in page and row in page
    assert page.count(same) == 20
    assert "3, 4, 5, 6, 7, …" in page  # not 1,999 row numbers on each row
    assert page.count("<tr>") <= 51
    assert len(response.content) < 60_000


def test_a_2000_row_cohort_is_enrolled_in_a_bounded_number_of_queries(
    cohort_course, coordinator, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    existing = UserFactory.create_batch(5, role=Role.LEARNER)
    enrolment_create(user=existing[0], course=cohort_course, by=coordinator)
    lines = ["email,full_name,target_groups"] + [
        f"{existing[n].email if n < 5 else f'p{n}@example.kg'},Адам {n},youth" for n in range(2000)
    ]
    preview = cohort_parse(csv_upload(*lines), course=cohort_course)
    assert preview.is_valid
    # One by one, this was over 10,000 queries; batched, it does not grow with the rows but for
    # the database's limit on parameters per INSERT (SQLite's is low): about 35 queries, plus
    # each table's INSERT batches as Django splits them (more columns, smaller batches).
    inserts = sum(
        math.ceil(2000 / connection.ops.bulk_batch_size(model._meta.concrete_fields, [None] * 2000))
        for model in (User, Enrolment, OutgoingEmail)
    )
    with (
        django_assert_max_num_queries(40 + inserts),
        django_capture_on_commit_callbacks(execute=False) as callbacks,
    ):
        result = cohort_enrol(course=cohort_course, rows=preview.rows, by=coordinator)
    assert (len(result.created), len(result.existing), result.already_enrolled) == (1995, 5, 1)
    enrolments = Enrolment.objects.filter(course_key=cohort_course.translation_key)
    assert enrolments.count() == 2000
    assert (
        User.objects.filter(email__endswith="@example.kg", target_groups__slug="youth").count()
        == 1995
    )
    assert not User.objects.get(email="p1999@example.kg").has_usable_password()
    assert len(callbacks) == 1  # the emails are kept, and queued in batches after commit
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 1995
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1995


def test_how_many_more_rows_takes_russian_plural_forms():
    with translation.override("ru"):
        assert [more_rows_text(n) for n in (21, 22, 25, 0)] == [
            "и ещё 21 строка с ошибками",
            "и ещё 22 строки с ошибками",
            "и ещё 25 строк с ошибками",
            "",
        ]
