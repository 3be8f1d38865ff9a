"""Who viewed, exported, printed or downloaded whose data is written down, once per request, and
only administrators read it."""

import pytest
from django.contrib.auth.models import Permission

from audit.models import AuditEntry
from people.roles import Role
from tests.factories import UserFactory

Action = AuditEntry.Action
VIEWED, EXPORTED, PRINTED, DOWNLOADED, CHANGED = Action.values


def _urls(world):
    """(method, URL, data, action, what) for every view that shows or hands over personal data."""
    certificate, job = world.certificate, world.print_job
    quiz = f"/ky/learning/quiz/{world.quiz_lesson.pk}/{world.quiz_block}/results/"
    lesson, block = world.h5p
    h5p = f"/ky/learning/h5p/{lesson.pk}/{block}/results"
    webinar = f"/ky/webinars/{world.webinar.pk}/report/"
    counts = f"/ky/reports/webinars/{world.webinar.pk}"
    person = world.people["learner"]
    cert, register = "certificates.certificate", "/ky/certificates/register"
    return [
        ("get", f"{register}/", {}, VIEWED, "certificates.register"),
        ("get", "/ky/reports/certificates/", {}, VIEWED, "certificates.counts"),
        ("get", "/ky/reports/certificates/counts.csv", {}, EXPORTED, "certificates.counts"),
        ("get", "/ky/reports/certificates/counts.xlsx", {}, EXPORTED, "certificates.counts"),
        ("get", f"/ky/certificates/manage/{certificate.pk}/", {}, VIEWED, cert),
        ("get", f"/ky/certificates/{certificate.code}/download/", {}, DOWNLOADED, cert),
        (
            "get",
            f"/ky/certificates/print/{job.pk}/download/",
            {},
            DOWNLOADED,
            "certificates.print_job",
        ),
        (
            "post",
            f"{register}/print/",
            {"certificate": certificate.pk, "kind": "pdf"},
            PRINTED,
            "certificates.print_job",
        ),
        ("get", webinar, {}, VIEWED, "webinars.report"),
        ("get", webinar, {"csv": "registrations"}, EXPORTED, "webinars.report"),
        ("get", f"{counts}/", {}, VIEWED, "webinars.counts"),
        ("get", f"{counts}/counts.csv", {}, EXPORTED, "webinars.counts"),
        ("get", f"{counts}/counts.xlsx", {}, EXPORTED, "webinars.counts"),
        ("get", "/ky/reports/", {}, VIEWED, "reports.dashboard"),
        ("get", "/ky/reports/table.csv", {}, EXPORTED, "reports.table"),
        ("get", "/ky/reports/table.xlsx", {}, EXPORTED, "reports.table"),
        ("get", quiz, {}, VIEWED, "quizzes.results"),
        ("get", quiz, {"download": "attempts"}, EXPORTED, "quizzes.results"),
        ("get", f"{h5p}/", {}, VIEWED, "h5p.results"),
        ("get", f"{h5p}.csv", {}, EXPORTED, "h5p.results"),
        ("get", f"/ky/people/{person.pk}/", {}, VIEWED, "people.person"),
        ("get", f"/admin/users/edit/{person.pk}/", {}, VIEWED, "people.user"),
    ]


def test_each_audited_view_writes_one_entry_with_who_and_what(client_for, world, settings):
    settings.TRUSTED_PROXIES = []
    coordinator = world.people["coordinator"]
    client = client_for(coordinator)
    for method, url, data, action, what in _urls(world):
        AuditEntry.objects.all().delete()
        response = getattr(client, method)(url, data, REMOTE_ADDR="10.1.2.3")
        assert response.status_code == (302 if method == "post" else 200), url
        entries = list(AuditEntry.objects.all())
        assert len(entries) == 1, (url, data, entries)
        entry = entries[0]
        assert (entry.actor, entry.action, entry.what) == (coordinator, action, what), url
        assert coordinator.email in entry.actor_label and entry.ip == "10.1.2.3"


def test_the_filters_asked_are_kept_and_the_page_number_is_not(client_for, world, survivors):
    client_for(world.people["coordinator"]).get(
        "/ky/certificates/register/", {"target_group": survivors.pk, "page": 2}
    )
    entry = AuditEntry.objects.get()
    assert entry.detail == f"?target_group={survivors.pk}"


def test_refusals_and_her_own_certificate_are_not_entries(client_for, world):
    learner, certificate = world.people["learner"], world.certificate
    assert client_for(learner).get("/ky/certificates/register/").status_code == 403
    assert client_for(None).get("/ky/reports/certificates/counts.csv").status_code == 302
    response = client_for(learner).get(f"/ky/certificates/{certificate.code}/download/")
    assert response.status_code == 200
    assert not AuditEntry.objects.exists()


def test_the_entry_outlives_the_account_of_who_made_it(client_for, coordinator):
    client_for(coordinator).get("/ky/certificates/register/")
    label = AuditEntry.objects.get().actor_label
    coordinator.delete()
    entry = AuditEntry.objects.get()
    assert entry.actor is None and entry.actor_label == label and coordinator.full_name in label


@pytest.fixture
def entry(coordinator, rf):
    request = rf.get("/ky/certificates/register/?region=naryn")
    request.user = coordinator
    from audit.services import audit_entry_create

    return audit_entry_create(request, Action.EXPORTED, "certificates.counts")


def test_administrators_read_the_log(client_for, entry, coordinator):
    administrator = UserFactory(role=Role.ADMINISTRATOR)  # a superuser
    role_only = UserFactory(role=Role.ADMINISTRATOR)
    role_only.is_superuser = role_only.is_staff = False
    role_only.save()
    for person in (administrator, role_only):
        page = client_for(person).get("/admin/audit/")
        assert page.status_code == 200
        assert coordinator.full_name in page.text and "certificates.counts" in page.text
        assert "region=naryn" in page.text
        assert "/admin/audit/" in client_for(person).get("/admin/").text  # the menu


@pytest.mark.parametrize("who", [None, "learner", "trainer", "coordinator"])
def test_nobody_else_reads_the_log(request, client_for, entry, who):
    person = request.getfixturevalue(who) if who else None
    client = client_for(person)
    for url in ("/admin/audit/", "/admin/audit/results/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "certificates.counts" not in response.content.decode()
    if who in ("trainer", "coordinator"):
        assert "/admin/audit/" not in client.get("/admin/").text


def test_entries_cannot_be_added_edited_or_deleted_through_the_admin(client_for, entry):
    codenames = set(
        Permission.objects.filter(content_type__app_label="audit").values_list(
            "codename", flat=True
        )
    )
    assert codenames == {"view_auditentry"}
    client = client_for(UserFactory(role=Role.ADMINISTRATOR))
    for url in (
        f"/admin/audit/{entry.pk}/",
        f"/admin/audit/{entry.pk}/edit/",
        f"/admin/audit/{entry.pk}/delete/",
        f"/admin/snippets/audit/auditentry/edit/{entry.pk}/",
        f"/admin/snippets/audit/auditentry/delete/{entry.pk}/",
    ):
        # No such address: the site's own 404 after the language prefix is added.
        assert client.post(url, {"what": "changed"}, follow=True).status_code == 404, url
    page = client.get("/admin/audit/").text
    assert "/edit/" not in page and "/delete/" not in page
    entry.refresh_from_db()
    assert entry.what == "certificates.counts"
