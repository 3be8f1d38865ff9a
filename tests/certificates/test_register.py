"""The register: filters, counts with suppression, sensitive groups, exports, revoking and
correcting, and flat queries."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from certificates.models import Certificate
from certificates.register import RegisterFilter, counts_for
from certificates.selectors import register_queryset
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


def counts(viewer, **query):
    form = RegisterFilter(query, viewer=viewer)
    return counts_for(form=form, certificates=form.filter(register_queryset()))


def cell(table, title, region_label, column):
    block = next(block for block in table.blocks if block.title == title)
    row = next(cells for label, cells in block.rows if label == region_label)
    return str(row[column])


def test_counts_suppress_small_cells_and_their_companions(cohort, coordinator, youth, survivors):
    table = counts(coordinator)

    all_title = translated("All certificates")
    naryn, talas = translated("Naryn region"), translated("Talas region")
    # Columns: woman, man, another gender, not given, total: every one, used or not.
    assert table.columns[:2] == [translated("Woman"), translated("Man")]
    assert cell(table, all_title, talas, 1) == "<5"
    # Shown, Naryn's 7 women would give Talas's 3 men away (10 in all − 7), and say that no
    # man lives in Naryn; so they are hidden too, and so is the women's total.
    assert cell(table, all_title, naryn, 0) == "×"
    all_block = next(block for block in table.blocks if block.title == all_title)
    assert str(all_block.total[0]) == "×" and str(all_block.total[-1]) == "10"
    assert cell(table, youth.name, naryn, 0) == "×"
    youth_block = next(block for block in table.blocks if block.title == youth.name)
    assert str(youth_block.total[-1]) == "7"
    # The survivors are their total alone, never by region or gender.
    assert survivors.name not in [block.title for block in table.blocks]
    assert [(name, str(total)) for name, total in table.sensitive] == [(survivors.name, "<5")]


def test_sensitive_groups_are_counted_only_for_coordinators_and_administrators(
    cohort, coordinator, administrator, trainer, survivors
):
    def names(viewer):
        return [name for name, _total in counts(viewer).sensitive]

    assert survivors.name in names(coordinator)
    assert survivors.name in names(administrator)
    assert names(trainer) == []


def test_filtered_by_a_sensitive_group_the_counts_are_its_total_alone(
    cohort, coordinator, survivors
):
    table = counts(coordinator, group=survivors.slug)
    assert table.blocks == []
    assert [(name, str(total)) for name, total in table.sensitive] == [(survivors.name, "<5")]
    # By region as well, that total would be survivors × region: nothing is counted.
    crossed = counts(coordinator, group=survivors.slug, region="naryn")
    assert crossed.blocks == [] and crossed.sensitive == [] and crossed.withheld


def test_filtered_by_region_or_another_group_the_sensitive_groups_are_left_out(
    cohort, coordinator, youth
):
    for query in ({"region": "naryn"}, {"gender": "woman"}, {"group": youth.slug}):
        table = counts(coordinator, **query)
        assert table.sensitive == [] and table.withheld


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
    assert translated("For the certificates filtered above.") in everything.text
    assert (
        translated(
            "A person in two target groups is counted in each. “<5”: fewer than 5, none "
            "included; “×”: hidden so that totals cannot reveal a small count."
        )
        in everything.text
    )
    assert "&lt;5" in everything.text


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


def test_counts_export_as_csv_and_xlsx(client_for, coordinator, cohort):
    client = client_for(coordinator)

    text = client.get("/ky/certificates/register/counts.csv?region=talas").content.decode(
        "utf-8-sig"
    )
    rows = list(csv.reader(io.StringIO(text)))
    book = load_workbook(io.BytesIO(client.get("/ky/certificates/register/counts.xlsx").content))

    assert rows[0][0] == translated("Target group")
    # Three certificates in Talas: the table is its total alone.
    assert rows[1] == [translated("All certificates"), translated("Total"), *[""] * 4, "<5"]
    sheet_rows = list(book.active.iter_rows(values_only=True))
    assert sheet_rows[0][0] == translated("Target group")
    assert any("<5" in row for row in sheet_rows)


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
