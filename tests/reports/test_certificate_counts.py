"""The certificates' counts (moved from the register): suppression, sensitive groups, the page
and its exports."""

import csv
import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from audit.models import AuditEntry
from certificates.register import RegisterFilter
from certificates.selectors import register_queryset
from certificates.services import certificate_issue
from core.suppression import rounding_note
from reports.certificates import certificate_counts
from tests.certificates.conftest import complete
from tests.factories import UserFactory
from tests.helpers import translated

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(course, template, youth, survivors):
    """Seven women in Naryn (all youth, two also survivors), three men in Talas."""
    people = [
        UserFactory(target_groups=[youth, survivors] if n < 2 else [youth]) for n in range(7)
    ] + [UserFactory(gender="man", region="talas") for _ in range(3)]
    return [certificate_issue(enrolment=complete(p, course), course=course) for p in people]


def counts(viewer, **query):
    form = RegisterFilter(query, viewer=viewer)
    return certificate_counts(form=form, certificates=form.filter(register_queryset()))


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
    assert str(youth_block.total[-1]) == "5"  # 7, rounded to the nearest 5
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


def test_counts_export_as_csv_and_xlsx(client_for, coordinator, cohort):
    client = client_for(coordinator)

    text = client.get("/ky/reports/certificates/counts.csv?region=talas").content.decode(
        "utf-8-sig"
    )
    rows = list(csv.reader(io.StringIO(text)))
    book = load_workbook(io.BytesIO(client.get("/ky/reports/certificates/counts.xlsx").content))

    assert rows[0][0] == translated("Target group")
    # Three certificates in Talas: the table is its total alone.
    assert rows[1] == [translated("All certificates"), translated("Total"), *[""] * 4, "<5"]
    sheet_rows = list(book.active.iter_rows(values_only=True))
    assert sheet_rows[0][0] == translated("Target group")
    assert any("<5" in row for row in sheet_rows)
    assert AuditEntry.objects.filter(what="certificates.counts", action="exported").count() == 2


def test_the_page_shows_the_counts_and_how_they_are_kept_safe(client_for, coordinator, cohort):
    page = client_for(coordinator).get("/ky/reports/certificates/?region=naryn")
    assert page.status_code == 200
    assert translated("Certificates by target group, region and gender") in page.text
    assert "&lt;5" in page.text and "×" in page.text
    with translation.override("ky"):
        assert rounding_note() in page.text


def test_only_coordinators_see_the_counts(client_for, learner, trainer, cohort):
    assert client_for(None).get("/ky/reports/certificates/").status_code == 302
    for person in (learner, trainer):
        assert client_for(person).get("/ky/reports/certificates/").status_code == 403
        assert client_for(person).get("/ky/reports/certificates/counts.csv").status_code == 403
