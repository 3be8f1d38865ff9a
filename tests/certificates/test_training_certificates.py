"""A face-to-face session's participants who completed it get a certificate each, in the
session's language, with or without an account; the one without prints her claim code and
takes it with her when she claims her record."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from certificates.models import Certificate
from certificates.services import certificate_issue_for_training, certificate_pdf
from tests.certificates.conftest import pdf_text
from tests.trainings.completion_fixtures import make_participant, make_session, register
from trainings.completion import session_complete
from trainings.models import Headcount

D = Decimal


def close(session, trainer, capture):
    with capture(execute=True), transaction.atomic():
        session_complete(session=session, by=trainer)


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def session(course, trainer):
    return make_session(course, trainer, days=(D("6"), D("6")))


def test_each_participant_who_completed_gets_one_certificate(
    session, trainer, learner, django_capture_on_commit_callbacks
):
    with_account = register(
        session, make_participant(user=learner, full_name="Айгүл Асанова"), 6, 6
    )
    light = register(session, make_participant(full_name="Гүлнара Осмонова"), 6, 4)
    absent = register(session, make_participant(full_name="Бермет Токтогулова"), 6, None)
    close(session, trainer, django_capture_on_commit_callbacks)
    certificates = {c.training_registration_id: c for c in Certificate.objects.all()}
    assert set(certificates) == {with_account.pk, light.pk}
    assert absent.pk not in certificates
    mine = certificates[with_account.pk]
    assert mine.user == learner and mine.holder_name == "Айгүл Асанова"
    assert mine.course_key == session.course_key and mine.course_title == "CEDAW негиздери"
    assert mine.place == "Нарын" and mine.language == "ky"
    assert (mine.started_on.isoformat(), mine.completed_on.isoformat()) == (
        "2026-12-03",
        "2026-12-04",
    )
    assert mine.hours == D("12") and certificates[light.pk].hours == D("10")
    assert certificates[light.pk].user is None
    assert certificates[light.pk].holder_name == "Гүлнара Осмонова"
    assert mine.rendering == Certificate.Rendering.READY  # rendered after commit
    # Closed again, or the signal replayed: still one each.
    close(session, trainer, django_capture_on_commit_callbacks)
    certificate_issue_for_training(registration=with_account)
    assert Certificate.objects.count() == 2


def test_the_database_refuses_a_second_current_certificate(
    session, trainer, django_capture_on_commit_callbacks
):
    registration = register(session, make_participant(), 6, 6)
    close(session, trainer, django_capture_on_commit_callbacks)
    first = Certificate.objects.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            code="SECOND",
            training_registration=registration,
            holder_name=first.holder_name,
            course_key=first.course_key,
            course_title=first.course_title,
            language="ky",
            hours=first.hours,
            completed_on=first.completed_on,
        )


def test_kyrgyz_wording_and_the_claim_code_of_a_participant_without_an_account(
    session, trainer, django_capture_on_commit_callbacks
):
    participant = make_participant(full_name="Гүлнара Осмонова")
    register(session, participant, 6, 6)
    close(session, trainer, django_capture_on_commit_callbacks)
    text = one_line(pdf_text(certificate_pdf(Certificate.objects.get())))
    assert "Гүлнара Осмонова" in text
    assert "3–4-декабрь 2026-ж. өткөн «CEDAW негиздери» тренингине катышты (Нарын, 12 саат)." in (
        text
    )
    assert f"Жеке код: {participant.claim_code}" in text


def test_russian_wording_for_a_man_and_no_claim_code_with_an_account(
    course, trainer, learner, django_capture_on_commit_callbacks
):
    session = make_session(course, trainer, days=(D("6"), D("6")), language="ru")
    participant = make_participant(user=learner, full_name="Бакыт Асанов", gender="man")
    register(session, participant, 6, 6)
    close(session, trainer, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    assert certificate.language == "ru"
    text = one_line(pdf_text(certificate_pdf(certificate)))
    assert "Принял участие в тренинге «CEDAW негиздери» (Нарын, 3–4 декабря 2026 г.), 12 ч." in text
    assert participant.claim_code not in text and "Личный код" not in text


def test_russian_wording_for_a_woman(course, trainer, django_capture_on_commit_callbacks):
    session = make_session(course, trainer, days=(D("8"),), language="ru")
    register(session, make_participant(full_name="Айгүл Асанова"), 8)
    close(session, trainer, django_capture_on_commit_callbacks)
    text = one_line(pdf_text(certificate_pdf(Certificate.objects.get())))
    assert "Приняла участие в тренинге «CEDAW негиздери» (Нарын, 3 декабря 2026 г.), 8 ч." in text
    assert "Личный код" in text


def test_a_headcount_gets_no_certificate(session, trainer, django_capture_on_commit_callbacks):
    Headcount.objects.create(
        session=session, day=session.days.first(), gender="woman", age_band="18_29", count=200
    )
    close(session, trainer, django_capture_on_commit_callbacks)
    assert not Certificate.objects.exists()


def test_claiming_the_record_takes_the_certificate_into_her_account(
    session, trainer, learner, django_capture_on_commit_callbacks
):
    participant = make_participant(full_name="Гүлнара Осмонова")
    register(session, participant, 6, 6)
    close(session, trainer, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        participant.user = learner
        participant.save()
    certificate = Certificate.objects.get()
    assert certificate.user == learner
    # Rendered again: the code is spent, the PDF no longer prints it.
    assert participant.claim_code not in pdf_text(certificate.pdf.read())


def test_a_merged_record_s_certificate_follows_the_claim(
    session, course, trainer, learner, django_capture_on_commit_callbacks
):
    kept = make_participant(full_name="Гүлнара Осмонова")
    typed_twice = make_participant(full_name="Гулнара Осмонова")
    other_session = make_session(course, trainer, days=(D("4"),), settlement="Кочкор")
    register(session, kept, 6, 6)
    register(other_session, typed_twice, 4)
    typed_twice.merged_into = kept
    typed_twice.save()
    close(session, trainer, django_capture_on_commit_callbacks)
    close(other_session, trainer, django_capture_on_commit_callbacks)
    # The merged record's certificate bears the name of the record that stays.
    assert set(Certificate.objects.values_list("holder_name", flat=True)) == {"Гүлнара Осмонова"}
    kept.user = learner
    kept.save()
    assert Certificate.objects.filter(user=learner).count() == 2


def test_verification_shows_a_training_certificate(
    client, session, trainer, django_capture_on_commit_callbacks
):
    participant = make_participant(full_name="Гүлнара Осмонова")
    register(session, participant, 6, 6)
    close(session, trainer, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    with translation.override("ky"):
        url = reverse("certificates:verify_code", kwargs={"code": certificate.code})
    page = one_line(client.get(url).content.decode())
    assert "Гүлнара Осмонова" in page
    assert "Бетме-бет тренинг</dt><dd>CEDAW негиздери" in page
    assert "Нарын" in page and "3–4-декабрь 2026-ж." in page
    assert participant.claim_code not in page  # never the claim code
    assert "Жеке код" not in page


def test_my_learning_shows_her_training_certificate_apart_from_the_course_s(
    course, session, trainer, learner, client_for, django_capture_on_commit_callbacks
):
    from courses.services import enrolment_create

    enrolment_create(user=learner, course=course)  # not completed online
    register(session, make_participant(user=learner, full_name="Айгүл Асанова"), 6, 6)
    close(session, trainer, django_capture_on_commit_callbacks)
    with translation.override("ky"):
        page = one_line(client_for(learner).get(reverse("courses:my_learning")).content.decode())
    assert "Бетме-бет тренингдер" in page
    code = Certificate.objects.get().code
    assert page.count(f"/certificates/{code}/download/") == 1  # under the training only
    training = page.index("Бетме-бет тренингдер")
    assert page.index(f"/certificates/{code}/download/") > training


def test_a_kyrgyz_template_lends_its_look_to_a_russian_session_s_certificate(
    course, trainer, template, django_capture_on_commit_callbacks
):
    session = make_session(course, trainer, days=(D("6"),), language="ru")
    register(session, make_participant(full_name="Айгүл Асанова"), 6)
    close(session, trainer, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get()
    assert certificate.template == template and certificate.language == "ru"
    text = one_line(pdf_text(certificate_pdf(certificate)))
    assert "Приняла участие в тренинге" in text and "курсун" not in text
