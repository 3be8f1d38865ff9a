"""Those who attended a webinar get its participation certificate, once."""

from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate, CertificateTemplate
from tests.factories import UserFactory
from tests.helpers import translated
from tests.webinars.conftest import make_webinar, series  # noqa: F401  (fixture)
from webinars.models import WebinarPage
from webinars.services import attendance_mark, registration_create


def attend(person, webinar, capture):
    registration = registration_create(
        user=person, webinar=webinar, now=webinar.start - timedelta(days=1)
    )
    with capture(execute=True), transaction.atomic():
        attendance_mark(registration)
    return registration


def test_attending_issues_one_participation_certificate(
    series,  # noqa: F811
    learner,
    django_capture_on_commit_callbacks,
):
    webinar = make_webinar(series, start=timezone.now() - timedelta(days=2), duration_minutes=90)
    registration = attend(learner, webinar, django_capture_on_commit_callbacks)
    # A second count (a re-imported report, a replayed signal) changes nothing.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        attendance_mark(registration)
    from certificates.services import certificate_issue_for_webinar

    certificate_issue_for_webinar(registration=registration)
    certificate = Certificate.objects.get()
    assert certificate.registration == registration and certificate.enrolment is None
    assert certificate.course_key == webinar.translation_key
    assert certificate.course_title == webinar.title
    assert certificate.hours == Decimal("1.5")
    assert certificate.completed_on == timezone.localdate(webinar.start)
    assert certificate.holder_name == learner.full_name


def test_a_template_naming_the_webinar_is_used(
    series,  # noqa: F811
    learner,
    django_capture_on_commit_callbacks,
):
    webinar = make_webinar(series, start=timezone.now() - timedelta(days=2))
    template = CertificateTemplate.objects.create(name="Вебинар", title="Катышуу сертификаты")
    template.webinars.add(WebinarPage.objects.get(pk=webinar.pk))
    template.save()
    attend(learner, webinar, django_capture_on_commit_callbacks)
    assert Certificate.objects.get().template == template


def test_the_attendee_finds_her_certificate_on_the_webinar_page(
    series,  # noqa: F811
    learner,
    other_learner,
    client_for,
    django_capture_on_commit_callbacks,
):
    webinar = make_webinar(series, start=timezone.now() - timedelta(days=2))
    attend(learner, webinar, django_capture_on_commit_callbacks)
    page = client_for(learner).get(webinar.url).content.decode()
    certificate = Certificate.objects.get()
    assert certificate.is_ready  # rendered by the (eager) task after commit
    assert translated("Download your certificate") in page and certificate.code in page
    assert certificate.code not in client_for(other_learner).get(webinar.url).content.decode()


def test_the_register_filters_by_webinar(
    series,  # noqa: F811
    learner,
    coordinator,
    course,
    template,
    client_for,
    django_capture_on_commit_callbacks,
):
    from certificates.services import certificate_issue
    from tests.certificates.conftest import complete

    webinar = make_webinar(
        series, title="Шайлоодогу аялдар", start=timezone.now() - timedelta(days=2)
    )
    attend(learner, webinar, django_capture_on_commit_callbacks)
    certificate_issue(
        enrolment=complete(UserFactory(full_name="Курстан Бүтүрүүчү"), course), course=course
    )
    client = client_for(coordinator)

    page = client.get("/ky/certificates/register/").content.decode()
    assert f'<option value="{webinar.translation_key}">Шайлоодогу аялдар</option>' in page
    assert f'<option value="{course.translation_key}">' in page
    by_webinar = client.get(f"/ky/certificates/register/?course={webinar.translation_key}")
    assert [c.holder_name for c in by_webinar.context["page"]] == [learner.full_name]
