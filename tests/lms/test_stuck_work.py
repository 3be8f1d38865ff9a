"""The page of stuck work: coordinators and administrators see what a request stored while the
broker was down (emails, H5P packages, certificates, print jobs) and queue it again; nobody
else sees it or acts on it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate, PrintJob
from certificates.print_jobs import print_job_create
from h5p.models import H5PPackage
from outbox.models import OutgoingEmail
from tests.certificates.conftest import issue, media, template  # noqa: F401  (fixtures)
from tests.factories import UserFactory
from tests.helpers import translated

pytestmark = pytest.mark.django_db
URL = "/ky/stuck-work/"
RETRY = "/ky/stuck-work/retry/"
AN_HOUR_AGO = timedelta(hours=1)


@pytest.fixture
def stuck(
    course,
    template,  # noqa: F811
    administrator,
    coordinator,
    broker_down,
    django_capture_on_commit_callbacks,
):
    """One of each kind, stored while the broker was down an hour ago."""
    ago = timezone.now() - AN_HOUR_AGO
    email = OutgoingEmail.objects.create(
        to="aigul@example.kg", subject="Теңдик: сырсөздү калыбына келтирүү", body="SECRET-LINK"
    )
    package = H5PPackage.objects.create(
        title="Жемиштер", uploaded_by=administrator, file_name="berries.h5p"
    )
    certificate = issue(UserFactory(), course, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        job = print_job_create(certificate_ids=[certificate.pk], kind="pdf", by=coordinator)
    OutgoingEmail.objects.update(created=ago)
    H5PPackage.objects.update(uploaded_at=ago)
    Certificate.objects.update(issued_at=ago)
    PrintJob.objects.update(created_at=ago)
    return {"email": email, "h5p": package, "certificate": certificate, "print_job": job}


def test_a_coordinator_sees_each_kind_of_stuck_work(client_for, coordinator, stuck):
    page = client_for(coordinator).get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    for text in [
        "aigul@example.kg",
        "Жемиштер",
        stuck["certificate"].code,
        stuck["print_job"].title,
    ]:
        assert text in html
    assert "SECRET-LINK" not in html  # what an email says is never shown
    assert translated("Stuck work") in html


def test_recent_work_is_not_stuck(client_for, coordinator):
    OutgoingEmail.objects.create(to="nurlan@example.kg", subject="Жаңы", body="")
    html = client_for(coordinator).get(URL).content.decode()
    assert "nurlan@example.kg" not in html


@pytest.mark.parametrize("role", ["anonymous", "learner", "other_learner", "trainer"])
def test_nobody_else_sees_or_retries_stuck_work(role, request, client_for, stuck):
    client = Client() if role == "anonymous" else client_for(request.getfixturevalue(role))
    page = client.get(URL)
    retry = client.post(RETRY, {"kind": "email", "id": stuck["email"].pk})
    if role == "anonymous":
        assert page.status_code == 302 and page.url.startswith(reverse("people:sign_in"))
        assert retry.status_code == 302 and retry.url.startswith(reverse("people:sign_in"))
    else:
        assert page.status_code == 403 and retry.status_code == 403
    assert "aigul@example.kg" not in page.content.decode()


def test_an_administrator_retries_while_the_broker_is_down_then_when_it_is_back(
    client_for, administrator, stuck, monkeypatch
):
    client = client_for(administrator)
    email = stuck["email"]
    refused = client.post(RETRY, {"kind": "email", "id": email.pk}, follow=True)
    assert (
        translated("The worker cannot be reached now. Nothing is lost: try again in a few minutes.")
        in refused.content.decode()
    )
    assert mail.outbox == []

    monkeypatch.undo()  # the broker is back (tasks run eagerly)
    done = client.post(RETRY, {"kind": "email", "id": email.pk}, follow=True)
    assert translated("Queued again: the worker will take it up.") in done.content.decode()
    assert [message.to for message in mail.outbox] == [["aigul@example.kg"]]
    assert "aigul@example.kg" not in done.content.decode()  # no longer listed

    client.post(RETRY, {"kind": "h5p", "id": stuck["h5p"].pk})
    assert H5PPackage.objects.get().status == H5PPackage.Status.FAILED  # its file is gone
    client.post(RETRY, {"kind": "certificate", "id": stuck["certificate"].pk})
    assert Certificate.objects.get().rendering == Certificate.Rendering.READY
    client.post(RETRY, {"kind": "print_job", "id": stuck["print_job"].pk})
    assert PrintJob.objects.get().status == PrintJob.Status.DONE

    # Done work is not queued again; an unknown kind or id is answered, not a 500.
    again = client.post(RETRY, {"kind": "email", "id": email.pk}, follow=True)
    assert (
        translated("This item is no longer waiting: it was done meanwhile.")
        in again.content.decode()
    )
    assert len(mail.outbox) == 1
    for data in [{"kind": "nothing", "id": "1"}, {"kind": "email", "id": "x"}, {}]:
        assert client.post(RETRY, data).status_code == 302


def test_retry_needs_a_csrf_token(coordinator, stuck):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    assert client.post(RETRY, {"kind": "email", "id": stuck["email"].pk}).status_code == 403


def test_the_admin_menu_offers_the_page_to_coordinators_only(client_for, coordinator, trainer):
    assert URL.removeprefix("/ky") in client_for(coordinator).get("/admin/").content.decode()
    assert "stuck-work" not in client_for(trainer).get("/admin/").content.decode()
