"""The target-group filter on the dataset of conftest.py (the six women are youth, the first of
them a survivor too; the men and the face-to-face records are in no group): every source
narrowed to the group's people, each person once however many groups she is in; certificates
by their own snapshot; a sensitive group to coordinators only, and then in totals alone."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from openpyxl import load_workbook

from people.models import TargetGroup
from reports.dimensions import REGISTRY
from reports.forms import ReportFilter
from reports.indicators import INDICATORS, Scope, counts_by, sessions_count, totals
from reports.models import SavedReport
from reports.tables import report_table
from tests.helpers import translated
from tests.reports.test_dashboard import URL, counted, table, tiles

pytestmark = pytest.mark.django_db


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def tile_line(label: str, people: bool = True) -> str:
    return f"{translated(label)} ({translated('people' if people else 'participations')})"


# The raw counts.


def test_a_group_counts_its_people_each_once(data, youth):
    found = totals(Scope(group_id=youth.pk))
    # The six women: the sixth enrolled twice (one person, two enrolments); the first is also a
    # survivor (two groups, still one person, one enrolment); the men are in no group.
    assert found["enrolled"] == 6 and found["enrolments"] == 7
    assert found["completed"] == found["completions"] == 4
    assert found["certified"] == found["certificates"] == 4
    assert found["webinar_registered"] == 6  # not the man who registered
    assert found["webinar_attended"] == found["webinar_attendances"] == 5
    assert found["face_to_face_people"] == found["face_to_face_participations"] == 0
    assert found["mentees"] == 1 and found["mentoring_meetings"] == 2
    # Sessions are not people: which were held "for" a group is not known.
    assert sessions_count(Scope(group_id=youth.pk)) is None
    assert sessions_count(Scope()) == 2


def test_a_person_in_two_groups_is_one_row_in_each(data, youth, survivors):
    """Every woman in both groups: filtered by either, the counts do not double."""
    for woman in data["women"]:
        woman.target_groups.add(survivors)
    for group in (youth, survivors):
        found = totals(Scope(group_id=group.pk))
        assert found["enrolled"] == 6 and found["enrolments"] == 7
        assert found["webinar_registrations"] == 6
    # Broken down by gender: the six women, seven enrolments, once each.
    scope = Scope(group_id=youth.pk)
    enrolments = counts_by(INDICATORS["enrolments"], scope, [REGISTRY["gender"]])
    assert dict(enrolments) == {("woman",): 7}
    people = counts_by(INDICATORS["enrolled"], scope, [REGISTRY["gender"]])
    assert dict(people) == {("woman",): 6}
    # By target group: each of her groups once (the filter's join is not doubled).
    groups = counts_by(INDICATORS["enrolments"], scope, [REGISTRY["group"]])
    assert groups[(youth.pk,)] == 7


def test_certificates_count_by_their_own_snapshot(data, youth):
    """The first woman leaves the group after her certificate: her enrolment no longer counts
    in it, her certificate still does (it keeps the groups she was in when it was issued)."""
    data["women"][0].target_groups.remove(youth)
    found = totals(Scope(group_id=youth.pk))
    assert found["enrolled"] == 5 and found["completed"] == 3
    assert found["certified"] == found["certificates"] == 4


def test_face_to_face_records_have_their_own_groups(data, youth):
    """The first record (two sessions) is youth; the record merged into her is not."""
    data["records"][0].target_groups.add(youth)
    found = totals(Scope(group_id=youth.pk))
    assert found["face_to_face_people"] == 1 and found["face_to_face_participations"] == 2


def test_a_table_by_group_filtered_by_a_group_is_its_line(data, coordinator, youth, survivors):
    group = TargetGroup.objects.exclude(pk__in=[youth.pk, survivors.pk]).first()
    data["women"][5].target_groups.add(group)  # youth and another group
    result = report_table(
        INDICATORS["enrolled"],
        Scope(group_id=youth.pk),
        REGISTRY["group"],
        None,
        viewer=coordinator,
    )
    assert [(label, [str(c) for c in cells]) for label, cells in result.lines] == [
        (youth.name, ["5"])  # six
    ]
    assert not result.sensitive  # the survivor is not given beside it


# The page and the files.


def test_the_dashboard_filtered_by_a_group(data, client_for, coordinator, youth):
    client = client_for(coordinator)
    found = tiles(client.get(URL + f"?group={youth.pk}"))
    assert found[translated("People enrolled")] == "5"  # 6
    assert found[translated("Enrolments")] == "5"  # 7
    assert found[translated("People registered for webinars")] == "5"  # 6
    assert translated("Face-to-face sessions held") not in found
    # Unfiltered: 9 people enrolled.
    assert tiles(client.get(URL))[translated("People enrolled")] == "10"
    rows = table(client.get(URL + f"?group={youth.pk}&indicator=enrolled&rows=group"))
    assert rows[1:] == [[youth.name, "5"]]


def test_a_trainer_cannot_filter_by_a_sensitive_group(data, client_for, survivors, youth):
    client = client_for(data["lead"])
    plain = client.get(URL)
    for value in (str(survivors.pk), "survivors", "99999"):
        page = client.get(URL + f"?group={value}")
        assert page.status_code == 200
        assert tiles(page) == tiles(plain)  # ignored as if not given
        assert survivors.name not in page.text and survivors.name_ru not in page.text
        assert (
            "group="
            not in BeautifulSoup(page.content, "html.parser").select_one("[data-donor-pdf]")["href"]
        )
    form = ReportFilter({"group": str(survivors.pk)}, viewer=data["lead"])
    assert form.is_valid() and form.scope().group_id is None
    offered = dict(form.fields["group"].choices)
    assert str(youth.pk) in offered and str(survivors.pk) not in offered
    pdf = client.get(reverse("reports:dashboard_pdf") + f"?group={survivors.pk}")
    assert pdf.status_code == 200


@pytest.fixture
def five_survivors(data, survivors):
    """The first five women are survivors (one already was): five people, five enrolments, one
    certificate (the others were issued before)."""
    for woman in data["women"][1:5]:
        woman.target_groups.add(survivors)
    return survivors


def test_a_sensitive_group_is_counted_in_totals_only(data, client_for, coordinator, five_survivors):
    client = client_for(coordinator)
    query = f"?group={five_survivors.pk}&indicator=enrolled&rows=gender"
    page = client.get(URL + query)
    found = tiles(page)
    assert found[translated("People enrolled")] == "5"
    assert found[translated("Enrolments")] == "5"
    assert found[translated("People certified")] == "<5"  # the snapshot: one
    assert translated("Face-to-face sessions held") not in found
    soup = BeautifulSoup(page.content, "html.parser")
    assert not soup.select("#table") and not soup.select("table.counts")
    assert not soup.select("figure.chart")
    assert (
        translated("A sensitive target group is counted in totals only, never broken down.")
        in page.text
    )
    assert counted(page) == ""
    # The files: the totals, as the tiles, nothing by gender.
    rows = csv_rows(client.get(reverse("reports:table_csv") + query))
    assert rows[0] == [translated("Counted"), translated("Number")]
    assert [tile_line("People enrolled"), "5"] in rows
    assert [tile_line("Enrolments", people=False), "5"] in rows
    flat = " ".join(" ".join(row) for row in rows)
    assert translated("Woman") not in flat and translated("Total") not in flat
    book = load_workbook(io.BytesIO(client.get(reverse("reports:table_xlsx") + query).content))
    sheet = [list(row) for row in book.active.iter_rows(values_only=True)]
    assert [tile_line("People enrolled"), "5"] in sheet
    assert translated("Woman") not in str(sheet)


def test_a_sensitive_group_is_never_by_oblast(data, client_for, coordinator, five_survivors):
    page = client_for(coordinator).get(URL + f"?group={five_survivors.pk}&region=naryn")
    assert (
        translated("A sensitive target group is counted in totals only, never by oblast.")
        in page.text
    )
    # The form's filters are not applied: everything, as unfiltered.
    assert tiles(page)[translated("People enrolled")] == "10"


def test_a_sensitive_group_of_too_few_is_refused(data, client_for, coordinator, survivors):
    client = client_for(coordinator)
    query = f"?group={survivors.pk}&indicator=enrolled"  # one woman
    page = client.get(URL + query)
    refusal = translated(
        "Fewer than 5 people match these filters: the report is refused, as it "
        "would point at them. Widen the filters."
    )
    assert refusal in page.text and not tiles(page)
    rows = csv_rows(client.get(reverse("reports:table_csv") + query))
    assert [refusal] in rows and all(len(row) <= 1 for row in rows[1:])


def test_the_filter_survives_a_saved_report(data, client_for, coordinator, youth):
    client = client_for(coordinator)
    filters = {"group": str(youth.pk), "indicator": "enrolled"}
    client.post(reverse("reports:saved_create"), {**filters, "name": "Жаштар", "once": "g1"})
    saved = SavedReport.objects.get()
    assert saved.filters == filters
    rerun = client.get(reverse("reports:saved_open", args=[saved.pk]))
    assert f"group={youth.pk}" in rerun["Location"]
    found = tiles(client.get(rerun["Location"]))
    assert (
        found[translated("Enrolments")] == "5"
        and translated("Face-to-face sessions held") not in found
    )


def test_the_pdf_lists_the_group(data, coordinator, youth):
    from reports.dashboard_pdf import dashboard_filters

    form = ReportFilter({"group": str(youth.pk)}, viewer=coordinator)
    assert (translated("Target group"), youth.name) in dashboard_filters(form)


def test_the_pdf_of_a_sensitive_group_is_its_totals(
    data, client_for, coordinator, five_survivors, youth
):
    from tests.reports.test_dashboard_pdf import has_tile, pdf_text, squash

    query = f"?group={five_survivors.pk}&indicator=enrolled&rows=gender"
    pdf = client_for(coordinator).get(reverse("reports:dashboard_pdf") + query)
    assert pdf.status_code == 200
    text = pdf_text(pdf.content)
    assert squash(translated("Target group")) in text and squash(five_survivors.name) in text
    assert has_tile(text, translated("People enrolled"), "5")
    note = translated("A sensitive target group is counted in totals only, never broken down.")
    assert squash(note) in text
    assert squash(translated("Woman")) not in text and squash(youth.name) not in text
