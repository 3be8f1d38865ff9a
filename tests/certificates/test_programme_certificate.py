"""A programme's certificate: issued once when the programme is completed, resting on the
certificates of its items (their hours summed, their titles printed); flagged when one of those is
revoked and kept or revoked by a coordinator, with a reason; in the register, the print jobs and
the verification page."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from audit.models import AuditEntry
from certificates import rendering, wording
from certificates.models import Certificate, PrintJob
from certificates.print_jobs import print_job_create
from certificates.programme_certificates import certificate_issue_for_programme
from certificates.register import course_choices
from certificates.rendering import Holder, Layout, SignatoryLayout, render_pdf
from certificates.services import certificate_pdf, certificate_revoke
from core.once import FIELD
from programmes.models import ProgrammeEnrolment, ProgrammePage
from programmes.signals import programme_completed
from tests.certificates.conftest import page_count, pdf_text
from tests.certificates.programme_fixtures import (
    COURSE_TITLES,
    PROGRAMME_TITLE,
    WEBINAR_TITLE,
    build_school,
    complete_course,
    learner_all_but_last,
)
from tests.helpers import translated

D = Decimal


def one_line(text: str) -> str:
    return " ".join(text.split())


def programme_certificates():
    return Certificate.objects.filter(programme_enrolment__isnull=False)


@pytest.fixture
def school(catalogue, trainer):
    return build_school(catalogue, trainer)


@pytest.fixture
def done(school, learner, trainer, django_capture_on_commit_callbacks):
    """She has completed the programme: its certificate is issued."""
    learner_all_but_last(learner, school, trainer, django_capture_on_commit_callbacks)
    complete_course(learner, school.budget, django_capture_on_commit_callbacks)
    return programme_certificates().get()


def test_completing_the_last_item_issues_the_programme_certificate_once(
    school, learner, trainer, django_capture_on_commit_callbacks
):
    learner_all_but_last(learner, school, trainer, django_capture_on_commit_callbacks)
    assert not programme_certificates().exists()
    complete_course(learner, school.budget, django_capture_on_commit_callbacks)
    certificate = programme_certificates().get()
    enrolment = ProgrammeEnrolment.objects.get(user=learner)
    assert certificate.programme_enrolment == enrolment and certificate.user == learner
    # The event twice more, and the service called again as a retry would: still one.
    with django_capture_on_commit_callbacks(execute=True):
        programme_completed.send(sender=ProgrammeEnrolment, enrolment=enrolment)
        programme_completed.send(sender=ProgrammeEnrolment, enrolment=enrolment)
    assert certificate_issue_for_programme(enrolment=enrolment) == certificate
    assert programme_certificates().count() == 1
    assert certificate.rendering == Certificate.Rendering.READY


def test_the_database_refuses_a_second_current_programme_certificate(done):
    """Two workers that both missed the other's certificate: the second insert fails, and the
    service (`certificate_issue_once`) answers with the one the first made."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            code="SECOND",
            programme_enrolment=done.programme_enrolment,
            holder_name="x",
            course_key=done.course_key,
            course_title="x",
            language="ky",
            hours=1,
            completed_on=done.completed_on,
        )


def test_it_rests_on_the_items_certificates_and_sums_their_hours(done, school, learner):
    assert done.course_key == school.programme.translation_key
    assert done.course_title == PROGRAMME_TITLE
    relied = {c.course_title: c for c in done.relies_on.all()}
    assert len(relied) == 3  # the course and its training share a title
    assert set(done.relies_on.values_list("user", flat=True)) == {learner.pk}
    assert [(item["title"], item["hours"]) for item in done.items] == [
        (COURSE_TITLES[0], "16.0"),
        (f"{COURSE_TITLES[0]} (тренинг)", "12.0"),  # the hours she attended
        (f"{WEBINAR_TITLE} (вебинар)", "1.5"),  # 90 minutes
        (COURSE_TITLES[1], "8.0"),  # the elective she chose, not the other
    ]
    assert done.hours == D("37.5") and done.relies_on.count() == 4


def test_the_pdf_lists_the_items_and_the_total_hours(done):
    text = one_line(pdf_text(certificate_pdf(done)))
    assert "Жергиликтүү өз алдынча башкаруудагы аял лидерлердин мектеби" in text
    assert "программасын" in text and "жалпысынан 37,5 саат" in text
    for title in (
        "Муниципалдык бюджет: кирешелер, чыгашалар жана коомдук угуулар — 8 саат",
        "гендердик бюджеттөө боюнча тажрыйба алмашуу (вебинар) — 1,5 саат",
    ):
        assert title in text
    assert "Биргелешип" not in text  # the elective she did not take


def test_revoking_a_certificate_it_rests_on_flags_it_for_a_coordinator(done, school, coordinator):
    course_certificate = done.relies_on.get(
        enrolment__isnull=False, course_key=school.first.translation_key
    )
    certificate_revoke(certificate=course_certificate, reason="Тест көчүрүлгөн", by=coordinator)
    done.refresh_from_db()
    assert done.revoked_at is None  # not revoked by itself
    assert done.awaits_review


def test_a_corrected_certificate_it_rests_on_still_flags_it_when_revoked(done, coordinator):
    from certificates.services import certificate_correct_name

    old = done.relies_on.order_by("pk").first()
    new = certificate_correct_name(certificate=old, name="Айгүл Өмүрова", by=coordinator)
    certificate_revoke(certificate=new, reason="Ката", by=coordinator)
    done.refresh_from_db()
    assert done.awaits_review


@pytest.fixture
def flagged(done, coordinator):
    certificate_revoke(
        certificate=done.relies_on.order_by("pk").first(), reason="Көчүрүлгөн", by=coordinator
    )
    done.refresh_from_db()
    return done


def test_the_review_page_lists_the_flagged_ones(flagged, coordinator, client_for):
    response = client_for(coordinator).get(reverse("certificates:programme_reviews"))
    text = one_line(response.content.decode())
    assert flagged.holder_name in text and PROGRAMME_TITLE in text
    assert "Көчүрүлгөн" in text  # why the one it rests on was revoked
    register = client_for(coordinator).get(reverse("certificates:register"))
    assert translated("Programme certificates to review") in register.content.decode()


def review(client, certificate, **data):
    return client.post(
        reverse("certificates:programme_review", kwargs={"pk": certificate.pk}), data, follow=True
    )


def test_the_coordinator_revokes_it_with_a_reason(flagged, coordinator, client_for):
    response = review(
        client_for(coordinator), flagged, decision="revoked", note="Курс кайра өтүлгөн жок"
    )
    assert translated("The programme certificate is revoked.") in response.content.decode()
    flagged.refresh_from_db()
    assert flagged.revoked_at is not None and flagged.revoked_reason == "Курс кайра өтүлгөн жок"
    assert flagged.review_decision == "revoked" and flagged.reviewed_by == coordinator
    assert AuditEntry.objects.filter(
        actor=coordinator, action="changed", detail__contains=f"pk={flagged.pk} review=revoked"
    ).exists()
    verify = client_for().get(reverse("certificates:verify_code", kwargs={"code": flagged.code}))
    text = one_line(verify.content.decode())
    assert translated("This certificate was revoked.") in text
    assert "Курс кайра өтүлгөн жок" in text


def test_the_coordinator_keeps_it_with_a_reason(flagged, coordinator, client_for):
    response = review(
        client_for(coordinator), flagged, decision="kept", note="Калган бөлүктөр жетиштүү"
    )
    assert translated("The programme certificate stays valid.") in response.content.decode()
    flagged.refresh_from_db()
    assert flagged.revoked_at is None and not flagged.awaits_review
    assert flagged.review_decision == "kept" and flagged.review_note == "Калган бөлүктөр жетиштүү"
    assert AuditEntry.objects.filter(detail__contains=f"pk={flagged.pk} review=kept").exists()
    verify = client_for().get(reverse("certificates:verify_code", kwargs={"code": flagged.code}))
    text = one_line(verify.content.decode())
    assert translated("This certificate is valid.") in text
    assert "координатор аны текшерип, бул сертификатты жарактуу калтырды" in text
    assert "Калган бөлүктөр жетиштүү" not in text  # her note is for the log, not the public
    assert flagged.user.email not in text


def test_an_empty_reason_is_refused_with_a_message_and_changes_nothing(
    flagged, coordinator, client_for
):
    response = review(client_for(coordinator), flagged, decision="revoked", note="   ")
    assert translated("Say why you decide so.") in response.content.decode()
    flagged.refresh_from_db()
    assert flagged.revoked_at is None and flagged.awaits_review


def test_a_double_submit_decides_once(flagged, coordinator, client_for):
    client = client_for(coordinator)
    data = {"decision": "kept", "note": "Жетиштүү", FIELD: "token-1"}
    review(client, flagged, **data)
    response = review(client, flagged, **{**data, "decision": "revoked"})
    assert response.status_code == 200
    flagged.refresh_from_db()
    assert flagged.review_decision == "kept" and flagged.revoked_at is None
    assert AuditEntry.objects.filter(detail__contains="review=").count() == 1


def test_a_learner_cannot_review(flagged, learner, client_for):
    response = review(client_for(learner), flagged, decision="revoked", note="x")
    assert response.status_code == 403
    flagged.refresh_from_db()
    assert flagged.revoked_at is None


def test_verification_shows_the_programme_and_its_items(done, client_for):
    response = client_for().get(reverse("certificates:verify_code", kwargs={"code": done.code}))
    text = one_line(response.content.decode())
    assert translated("This certificate is valid.") in text
    assert PROGRAMME_TITLE in text and "37,5 саат" in text
    assert COURSE_TITLES[1] in text
    assert done.user.email not in text


def test_the_register_filters_and_prints_programme_certificates(
    done, school, coordinator, client_for, django_capture_on_commit_callbacks
):
    programmes = dict(course_choices())[translated("Programmes")]
    assert (str(school.programme.translation_key), PROGRAMME_TITLE) in programmes
    response = client_for(coordinator).get(
        reverse("certificates:register"), {"course": str(school.programme.translation_key)}
    )
    page = response.context["page"]
    assert [c.pk for c in page] == [done.pk]
    assert PROGRAMME_TITLE in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        job = print_job_create(certificate_ids=[done.pk], kind=PrintJob.Kind.PDF, by=coordinator)
    job.refresh_from_db()
    assert job.status == PrintJob.Status.DONE
    assert PROGRAMME_TITLE in job.title
    with job.file.open("rb") as file:
        assert COURSE_TITLES[1] in one_line(pdf_text(file.read()))


def test_my_learning_offers_her_programme_certificate(done, learner, client_for):
    response = client_for(learner).get(reverse("courses:my_learning"))
    text = one_line(response.content.decode())
    assert translated("My programmes") in text and PROGRAMME_TITLE in text
    assert reverse("certificates:download", kwargs={"code": done.code}) in text


def test_the_programme_page_offers_her_programme_certificate(done, learner, client_for):
    page = ProgrammePage.objects.get(translation_key=done.course_key)
    text = one_line(client_for(learner).get(page.url).content.decode())
    assert translated("Programme completed.") in text
    assert reverse("certificates:download", kwargs={"code": done.code}) in text


def items_holder(count: int) -> Holder:
    long_title = (
        "Жергиликтүү өз алдынча башкаруу: аялдардын шайлоого жана чечим кабыл алууга катышуусу"
    )
    return Holder(
        name="Айгүл Өмүрбековна Ңурланова-Үсөнбаева",
        course=PROGRAMME_TITLE,
        hours="43,5",
        date="3-декабрь 2026-ж.",
        code="ACDEF-GHJKM-NPRTW-XY346",
        url="https://tendik.example/ky/certificates/verify/ACDEF-GHJKM-NPRTW-XY346/",
        kind=wording.PROGRAMME,
        gender="woman",
        items=tuple((f"{n}. {long_title}", "16 саат") for n in range(1, count + 1)),
    )


SIGNED = Layout(
    language="ky",
    title="Сертификат",
    body="Бул сертификат\n{name}\n{achievement}",
    signatories=tuple(SignatoryLayout(f"Кол коюучу {n}", "Директор") for n in range(3)),
)


def test_three_items_above_three_signatures_are_set_in_the_largest_type():
    holder = items_holder(3)
    with translation.override("ky"):
        paragraphs = rendering._paragraphs(SIGNED, holder)
    assert rendering.items_layout(SIGNED, holder, paragraphs) == {
        "size": rendering.ITEM_MAX_PT,
        "columns": 1,
        "own_page": False,
    }


def test_a_few_items_fit_above_the_signatures_and_thirty_go_on_a_page_of_their_own():
    few = render_pdf([(SIGNED, items_holder(4))])
    assert page_count(few) == 1
    assert "4. Жергиликтүү өз алдынча" in one_line(pdf_text(few))
    many = render_pdf([(SIGNED, items_holder(30))])
    text = one_line(pdf_text(many))
    assert page_count(many) >= 2
    assert translated("The completed items are listed on the next page.") in text
    assert "30. Жергиликтүү өз алдынча" in text


def test_issued_on_a_certificate_already_revoked_it_is_flagged_at_once(
    school, learner, trainer, coordinator, django_capture_on_commit_callbacks
):
    learner_all_but_last(learner, school, trainer, django_capture_on_commit_callbacks)
    webinar_certificate = Certificate.objects.get(registration__isnull=False)
    certificate_revoke(certificate=webinar_certificate, reason="Катышкан эмес", by=coordinator)
    complete_course(learner, school.budget, django_capture_on_commit_callbacks)
    certificate = programme_certificates().get()
    assert certificate.awaits_review and certificate.revoked_at is None


def test_her_data_file_holds_the_items_and_the_review(flagged, learner):
    from people.personal_data import personal_data

    (mine,) = [c for c in personal_data(learner)["certificates"] if c["items"]]
    assert mine["course_title"] == PROGRAMME_TITLE and len(mine["items"]) == 4
    assert mine["review_requested_at"] is not None and mine["review_decision"] == ""


def test_two_issuers_at_once_make_one_certificate(done, monkeypatch):
    """A retry that runs while the first event is still at work: the second issuer reads the
    programme as the first one inserts its certificate, and answers with that one."""
    import certificates.programme_certificates as module

    enrolment = done.programme_enrolment
    done.delete()
    real, raced = module.items_relied_on, []

    def racing(progress):
        if not raced:
            raced.append(None)  # the other issuer runs once, here, and reads the real items
            raced[0] = certificate_issue_for_programme(enrolment=enrolment)
        return real(progress)

    monkeypatch.setattr(module, "items_relied_on", racing)
    second = certificate_issue_for_programme(enrolment=enrolment)
    assert second == raced[0] == programme_certificates().get()
    assert second.relies_on.count() == 4


def test_the_manage_page_shows_what_it_rests_on_and_its_review(flagged, coordinator, client_for):
    response = client_for(coordinator).get(
        reverse("certificates:manage", kwargs={"pk": flagged.pk})
    )
    text = one_line(response.content.decode())
    assert translated("It rests on") in text and COURSE_TITLES[1] in text
    assert translated("Waiting for a coordinator's decision") in text


def test_kept_then_another_it_rests_on_revoked_asks_for_a_new_review(
    flagged, coordinator, client_for
):
    review(client_for(coordinator), flagged, decision="kept", note="Жетиштүү")
    other = flagged.relies_on.filter(revoked_at__isnull=True).first()
    certificate_revoke(certificate=other, reason="Ката", by=coordinator)
    flagged.refresh_from_db()
    assert flagged.awaits_review and flagged.revoked_at is None
