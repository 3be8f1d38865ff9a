"""Issuing on completion: once, after commit, in her language, with a snapshot that outlives
the profile and the account."""

import pytest
from django.db import IntegrityError
from wagtail.models import Locale

from certificates.models import Certificate, CertificateTemplate
from certificates.services import certificate_issue
from courses.models import Enrolment
from courses.services import enrolment_create, lesson_mark_done
from courses.signals import course_completed
from people.services import person_delete
from tests.certificates.conftest import BODY, complete, issue, make_image
from tests.factories import UserFactory
from tests.helpers import translated


def test_completing_the_course_issues_a_certificate_after_commit(
    client_for, learner, course, lessons, template, django_capture_on_commit_callbacks
):
    enrolment_create(user=learner, course=course)
    for lesson in lessons[:-1]:
        lesson_mark_done(user=learner, lesson=lesson)
    assert not Certificate.objects.exists()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lesson_mark_done(user=learner, lesson=lessons[-1])
        assert not Certificate.objects.exists()  # nothing before the commit
    assert callbacks

    certificate = Certificate.objects.get()
    assert certificate.user == learner
    assert certificate.holder_name == learner.full_name
    assert certificate.is_ready and certificate.pdf.name.endswith(".pdf")
    page = client_for(learner).get("/ky/learning/")
    assert translated("Download your certificate") in page.text
    assert f"/ky/certificates/{certificate.code}/download/" in page.text


def test_my_learning_says_being_prepared_until_the_pdf_is_rendered(
    client_for, learner, course, template
):
    enrolment = complete(learner, course)
    certificate_issue(enrolment=enrolment, course=course)  # its render waits for the commit

    page = client_for(learner).get("/ky/learning/")

    assert translated("Your certificate is being prepared.") in page.text


def test_one_certificate_per_completion_whatever_the_events(
    learner, course, template, django_capture_on_commit_callbacks
):
    enrolment = complete(learner, course)
    with django_capture_on_commit_callbacks(execute=True):
        course_completed.send(sender=Enrolment, enrolment=enrolment, course=course)
        course_completed.send(sender=Enrolment, enrolment=enrolment, course=course)
        certificate_issue(enrolment=enrolment, course=course)

    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


def test_the_database_refuses_a_second_current_certificate(learner, course, template):
    enrolment = complete(learner, course)
    first = certificate_issue(enrolment=enrolment, course=course)
    second = Certificate.objects.get(pk=first.pk)
    second.pk, second.code = None, "X"

    with pytest.raises(IntegrityError):
        second.save(force_insert=True)


def test_certificate_is_in_her_preferred_language_when_the_template_has_it(
    catalogue, template, django_capture_on_commit_callbacks
):
    from tests.courses.conftest import build_course

    course = build_course(catalogue, title="Гендер")
    russian = template.copy_for_translation(Locale.objects.get_or_create(language_code="ru")[0])
    russian.title, russian.body = "Сертификат", BODY.replace("Бул сертификат", "Настоящим")
    russian.save()
    english_speaker = UserFactory(preferred_language="en")
    russian_speaker = UserFactory(preferred_language="ru")

    assert issue(russian_speaker, course, django_capture_on_commit_callbacks).language == "ru"
    # No English translation of the template: the Kyrgyz one.
    assert issue(english_speaker, course, django_capture_on_commit_callbacks).language == "ky"


def test_a_course_names_its_template(catalogue, template, django_capture_on_commit_callbacks):
    from tests.courses.conftest import build_course

    course = build_course(catalogue, title="Шайлоочулар")
    own = CertificateTemplate.objects.create(
        locale=template.locale, name="Шайлоо", title="Күбөлүк", body=BODY
    )
    own.courses.add(course)
    own.save()

    assert issue(UserFactory(), course, django_capture_on_commit_callbacks).template == own


def test_the_snapshot_outlives_profile_changes_and_the_account(
    client, course, template, survivors, youth, django_capture_on_commit_callbacks
):
    holder = UserFactory(full_name="Гүлнара Үсөнова", birth_year=1990, target_groups=[youth])
    certificate = issue(holder, course, django_capture_on_commit_callbacks)
    holder.full_name, holder.region = "Гүлнара Башка", "talas"
    holder.save()
    holder.target_groups.set([survivors])

    certificate.refresh_from_db()
    assert certificate.holder_name == "Гүлнара Үсөнова"
    assert certificate.region == "naryn" and certificate.birth_year == 1990
    assert list(certificate.target_groups.all()) == [youth]

    person_delete(person=holder)
    certificate.refresh_from_db()
    assert certificate.user is None
    page = client.get(f"/ky/certificates/verify/{certificate.code}/")
    assert page.status_code == 200 and "Гүлнара Үсөнова" in page.text


def test_a_failed_render_is_retried_then_shown_failed_to_coordinators(
    client_for, coordinator, learner, course, template, django_capture_on_commit_callbacks
):
    background = make_image()
    template.background = background
    template.save()
    background.file.storage.delete(background.file.name)  # gone after the template was saved

    # Tests run tasks eagerly: each retry runs at once, and the last records the failure.
    with django_capture_on_commit_callbacks(execute=True):
        certificate_issue(enrolment=complete(learner, course), course=course)

    certificate = Certificate.objects.get()
    assert certificate.rendering == Certificate.Rendering.FAILED
    assert "image file missing" in certificate.render_error
    register = client_for(coordinator).get("/ky/certificates/register/")
    assert translated("Failed") in register.text
    learning = client_for(learner).get("/ky/learning/")
    assert (
        translated("Your certificate could not be prepared yet; the coordinators have been told.")
        in learning.text
    )
