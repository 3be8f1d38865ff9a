"""A coordinator enrols a group in a programme from the same CSV or XLSX file as a course's: the
programme enrols each person in its courses as they open; a person one of those courses would
refuse makes the file fail, row by row, with nothing written."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.cohort import CohortFileError, CohortRefused
from courses.models import Enrolment, EnrolmentMode
from people.models import User
from people.roles import Role
from programmes.blocks import Kind, Rule
from programmes.cohort import programme_cohort_enrol, programme_cohort_parse
from programmes.models import ProgrammeEnrolment
from programmes.services import programme_enrol
from tests.factories import UserFactory, build_course, build_programme
from tests.helpers import translated, xlsx_bytes

# A PNG's first bytes, under a .csv name.
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def upload(content: bytes, name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def csv_upload(*lines: str):
    return upload(("\r\n".join(lines) + "\r\n").encode(), "list.csv")


def xlsx_upload(rows):
    return upload(xlsx_bytes(rows), "list.xlsx")


def upload_url(programme) -> str:
    return f"/ky/learning/programmes/{programme.pk}/cohort/"


def enrolled_keys(user) -> set:
    return set(Enrolment.objects.active().filter(user=user).values_list("course_key", flat=True))


def blocked(reason: str) -> str:
    """A row's error, as the coordinator reads it in Kyrgyz."""
    return translated(
        "The programme cannot enrol this person in one of its courses: %(reason)s"
    ) % {"reason": reason}


@pytest.fixture
def outside(catalogue):
    """A course outside the programme."""
    return build_course(catalogue, title="CEDAW негиздери", modules=1, lessons=1)


def test_csv_preview_and_enrolment_in_the_programme_and_its_open_courses(
    school, three_courses, learner, coordinator, django_capture_on_commit_callbacks
):
    first, budget, joint = three_courses
    preview = programme_cohort_parse(
        csv_upload(
            "email,full_name,preferred_language",
            "gulnara@example.kg,Гүлнара Асанова,ky",
            f"{learner.email},Айгүл Өмүрова,",
        ),
        programme=school,
    )
    assert preview.is_valid
    assert (preview.new_count, preview.existing_count, preview.already_enrolled_count) == (1, 1, 0)

    with django_capture_on_commit_callbacks(execute=True):
        result = programme_cohort_enrol(programme=school, rows=preview.rows, by=coordinator)
    gulnara = User.objects.get(email="gulnara@example.kg")
    assert (len(result.created), len(result.existing), result.enrolled) == (1, 1, 2)
    for person in (gulnara, learner):
        enrolment = ProgrammeEnrolment.objects.get(user=person)
        assert enrolment.is_active and enrolment.enrolled_by == coordinator
        # The required course opens now; the electives are hers to choose.
        assert enrolled_keys(person) == {first.translation_key}
    (email,) = mail.outbox
    assert email.to == ["gulnara@example.kg"]
    assert email.subject == translated("Tendik: you are enrolled in the programme “%(course)s”") % {
        "course": school.title
    }
    assert school.title in email.body
    assert translated("To start, choose your password with this link:") in email.body


def test_xlsx_file_is_read_the_same_way(school, three_courses, learner, coordinator):
    programme_enrol(user=learner, programme=school)
    preview = programme_cohort_parse(
        xlsx_upload([["email", "full_name"], [learner.email, "Айгүл"], ["b@example.kg", "Бермет"]]),
        programme=school,
    )
    assert preview.is_valid and preview.already_enrolled_count == 1
    programme_cohort_enrol(programme=school, rows=preview.rows, by=coordinator)
    assert ProgrammeEnrolment.objects.count() == 2
    assert enrolled_keys(User.objects.get(email="b@example.kg")) == {
        three_courses[0].translation_key
    }


def test_a_row_a_course_would_refuse_says_which_course_and_why_and_nothing_is_written(
    catalogue, outside, learner, other_learner, coordinator, complete
):
    local = build_course(catalogue, title="Жергиликтүү башкаруу", modules=1, lessons=1)
    local.prerequisites.add(outside)
    local.save_revision().publish()
    programme = build_programme(catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, local)])])
    complete(learner, outside)  # she may enter; the other learner may not

    preview = programme_cohort_parse(
        csv_upload("email,full_name", f"{learner.email},Айгүл", f"{other_learner.email},Бермет"),
        programme=programme,
    )
    ok, refused = preview.rows
    assert ok.errors == []
    reason = translated("“%(course)s” asks first for: %(courses)s.") % {
        "course": local.title,
        "courses": outside.title,
    }
    assert refused.errors == [blocked(reason)]
    assert not preview.is_valid

    # Confirming the rows anyway (as a preview kept from before the prerequisite) refuses all.
    with pytest.raises(CohortRefused):
        programme_cohort_enrol(programme=programme, rows=preview.rows, by=coordinator)
    assert not ProgrammeEnrolment.objects.exists()
    assert not Enrolment.objects.filter(course_key=local.translation_key).exists()


def test_a_course_that_needs_a_key_blocks_every_row_new_people_too(catalogue, learner):
    keyed = build_course(
        catalogue,
        title="Тренерлер",
        modules=1,
        lessons=1,
        enrolment_mode=EnrolmentMode.KEY,
        enrolment_key="TOT-2026",
    )
    programme = build_programme(catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, keyed)])])
    preview = programme_cohort_parse(
        csv_upload("email,full_name", f"{learner.email},Айгүл", "new@example.kg,Жаңы Адам"),
        programme=programme,
    )
    reason = translated("“%(course)s” needs an enrolment key: ask your trainer for it.") % {
        "course": keyed.title
    }
    assert [row.errors for row in preview.rows] == [[blocked(reason)], [blocked(reason)]]


def test_a_course_only_coordinators_enrol_in_does_not_block_a_cohort(catalogue, coordinator):
    closed = build_course(
        catalogue, title="Жабык", modules=1, lessons=1, enrolment_mode=EnrolmentMode.COORDINATOR
    )
    programme = build_programme(catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, closed)])])
    preview = programme_cohort_parse(
        csv_upload("email,full_name", "new@example.kg,Жаңы Адам"), programme=programme
    )
    assert preview.is_valid
    programme_cohort_enrol(programme=programme, rows=preview.rows, by=coordinator)
    assert enrolled_keys(User.objects.get(email="new@example.kg")) == {closed.translation_key}


def test_a_malformed_file_is_refused_as_a_whole(school):
    with pytest.raises(CohortFileError) as caught:
        programme_cohort_parse(csv_upload("mail,name", "a@example.kg,Айжан"), programme=school)
    assert caught.value.message
    with pytest.raises(CohortFileError):
        programme_cohort_parse(upload(PNG, "photo.csv"), programme=school)
    assert not ProgrammeEnrolment.objects.exists()


# The pages (URLs programme_cohort:upload, :sample and :confirm)


def test_upload_preview_confirm_and_double_confirm(
    client_for, coordinator, learner, school, three_courses, django_capture_on_commit_callbacks
):
    client = client_for(coordinator)
    form = client.get(upload_url(school))
    assert form.status_code == 200
    page = form.content.decode()
    assert translated("Programme:") in page and school.title in page
    assert f"{upload_url(school)}sample.csv" in page

    uploaded = csv_upload("email,full_name", "new@example.kg,Жаңы Адам", f"{learner.email},Айгүл")
    preview = client.post(upload_url(school), {"file": uploaded})
    assert preview.status_code == 200
    token = preview.context["token"]
    confirm_url = f"{upload_url(school)}{token}/confirm/"
    assert confirm_url in preview.content.decode()
    assert not User.objects.filter(email="new@example.kg").exists()

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(confirm_url)
    assert done.status_code == 302 and done.url == school.get_url()
    assert ProgrammeEnrolment.objects.count() == 2
    assert Enrolment.objects.filter(course_key=three_courses[0].translation_key).count() == 2
    assert len(mail.outbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(confirm_url, follow=True)
    assert ProgrammeEnrolment.objects.count() == 2
    assert User.objects.filter(email="new@example.kg").count() == 1
    assert len(mail.outbox) == 1
    warning = translated(
        "This list has already been enrolled, or its preview has expired. "
        "Upload the file again if you still need to."
    )
    assert warning in [str(m) for m in again.context["messages"]]


def test_a_blocked_row_is_shown_on_the_preview_with_no_confirm(
    client_for, coordinator, catalogue, outside
):
    local = build_course(catalogue, title="Жергиликтүү башкаруу", modules=1, lessons=1)
    local.prerequisites.add(outside)
    local.save_revision().publish()
    programme = build_programme(catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, local)])])
    response = client_for(coordinator).post(
        upload_url(programme), {"file": csv_upload("email,full_name", "new@example.kg,Жаңы")}
    )
    assert response.status_code == 200 and response.context["token"] is None
    page = response.content.decode()
    assert "/confirm/" not in page
    reason = translated("“%(course)s” asks first for: %(courses)s.") % {
        "course": local.title,
        "courses": outside.title,
    }
    assert f"{translated('Row %(number)s:') % {'number': 2}} {blocked(reason)}" in page
    assert not User.objects.filter(email="new@example.kg").exists()


def test_a_file_that_is_not_a_list_is_refused_on_the_form(client_for, coordinator, school):
    response = client_for(coordinator).post(upload_url(school), {"file": upload(PNG, "a.csv")})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert "preview" not in response.context


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER])
def test_pages_refuse_learners_and_trainers(client_for, school, role):
    client = client_for(UserFactory(role=role))
    assert client.get(upload_url(school)).status_code == 403
    assert client.get(f"{upload_url(school)}sample.csv").status_code == 403
    assert client.post(f"{upload_url(school)}sometoken/confirm/").status_code == 403


def test_pages_send_anonymous_visitors_to_sign_in(client_for, school):
    response = client_for().get(upload_url(school))
    assert response.status_code == 302 and "/account/sign-in/" in response.url


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_coordinators_and_administrators_get_the_form_and_the_sample(client_for, school, role):
    client = client_for(UserFactory(role=role))
    assert b'type="file"' in client.get(upload_url(school)).content
    sample = client.get(f"{upload_url(school)}sample.csv")
    assert sample.status_code == 200 and b"email;full_name" in sample.content


def test_a_course_id_or_a_draft_programme_is_not_found(client_for, coordinator, school, course):
    client = client_for(coordinator)
    assert client.get(upload_url(course)).status_code == 404
    school.unpublish()
    assert client.get(upload_url(school)).status_code == 404


def test_a_course_closed_since_the_preview_refuses_the_confirm_and_writes_nothing(
    client_for, coordinator, catalogue, outside
):
    local = build_course(catalogue, title="Жергиликтүү башкаруу", modules=1, lessons=1)
    programme = build_programme(catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, local)])])
    client = client_for(coordinator)
    preview = client.post(
        upload_url(programme), {"file": csv_upload("email,full_name", "new@example.kg,Жаңы")}
    )
    token = preview.context["token"]
    assert token
    local.prerequisites.add(outside)  # a trainer adds a prerequisite meanwhile
    local.save_revision().publish()

    refused = client.post(f"{upload_url(programme)}{token}/confirm/")
    assert refused.status_code == 200 and refused.context["token"] is None
    nothing = translated("Nothing was enrolled. Rows with errors: %(count)s.") % {"count": 1}
    assert nothing in [str(m) for m in refused.context["messages"]]
    assert outside.title in refused.content.decode()
    assert not User.objects.filter(email="new@example.kg").exists()
    assert not ProgrammeEnrolment.objects.exists()
