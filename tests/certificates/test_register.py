"""The register: filters, revoking and correcting, and flat queries (its counts are the
reports': tests/reports/test_certificate_counts.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from certificates.models import Certificate
from certificates.services import CertificateRefused, certificate_issue, certificate_revoke
from tests.certificates.conftest import complete
from tests.courses.conftest import build_course
from tests.factories import UserFactory
from tests.helpers import translated


@pytest.fixture
def cohort(course, template, youth, survivors):
    """Seven women in Naryn (all youth, two also survivors), three men in Talas."""
    people = [
        UserFactory(target_groups=[youth, survivors] if n < 2 else [youth]) for n in range(7)
    ] + [UserFactory(gender="man", region="talas") for _ in range(3)]
    return [certificate_issue(enrolment=complete(p, course), course=course) for p in people]


def test_register_page_filters_and_shows_counts(client_for, coordinator, cohort, catalogue):
    other_course = build_course(catalogue, title="Шайлоо")
    certificate_issue(
        enrolment=complete(UserFactory(full_name="Башка Курс"), other_course), course=other_course
    )
    client = client_for(coordinator)

    everything = client.get("/ky/certificates/register/")
    men = client.get("/ky/certificates/register/?gender=man")
    one_course = client.get(f"/ky/certificates/register/?course={other_course.translation_key}")

    assert everything.context["page"].paginator.count == 11
    assert men.context["page"].paginator.count == 3
    assert [c.holder_name for c in one_course.context["page"]] == ["Башка Курс"]
    # The counts are the reports': the register links to them, with its filters.
    assert "/ky/reports/certificates/?" in everything.text
    assert "&lt;5" not in everything.text


def test_register_queries_stay_flat(client_for, coordinator, cohort, course):
    client = client_for(coordinator)
    client.get("/ky/certificates/register/")
    with CaptureQueriesContext(connection) as small:
        client.get("/ky/certificates/register/")
    for _ in range(15):
        certificate_issue(enrolment=complete(UserFactory(), course), course=course)
    with CaptureQueriesContext(connection) as large:
        client.get("/ky/certificates/register/")
    assert len(large) == len(small)


def test_revoking_twice_is_refused_with_a_message(client_for, coordinator, cohort):
    certificate = cohort[0]
    client = client_for(coordinator)
    url = f"/ky/certificates/manage/{certificate.pk}/"

    client.post(url, {"action": "revoke", "reason": "Ката"})
    again = client.post(url, {"action": "revoke", "reason": "Дагы"}, follow=True)

    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Ката"
    assert translated("This certificate is already revoked.") in again.text
    with pytest.raises(CertificateRefused):
        certificate_revoke(certificate=certificate, reason="x", by=coordinator)


def test_revoking_needs_a_reason(client_for, coordinator, cohort):
    certificate = cohort[0]
    page = client_for(coordinator).post(
        f"/ky/certificates/manage/{certificate.pk}/", {"action": "revoke", "reason": ""}
    )
    certificate.refresh_from_db()
    assert page.status_code == 200 and certificate.revoked_at is None


def test_correcting_a_name_reissues_and_supersedes(
    client_for, coordinator, cohort, django_capture_on_commit_callbacks
):
    old = cohort[0]
    with django_capture_on_commit_callbacks(execute=True):
        client_for(coordinator).post(
            f"/ky/certificates/manage/{old.pk}/", {"action": "correct", "name": "Айзада Ңуржанова"}
        )

    old.refresh_from_db()
    new = old.superseded_by
    assert old.status == "superseded" and new.status == "valid"
    assert new.holder_name == "Айзада Ңуржанова" and new.enrolment == old.enrolment
    assert list(new.target_groups.all()) == list(old.target_groups.all())
    assert Certificate.objects.current().filter(enrolment=old.enrolment).get() == new
