"""The dashboard on the dataset of conftest.py: what each person sees, the numbers as shown
(rounded, small ones hidden), filters that differ by a person, the refusal of a filter over
too few people, the charts, the files and their audit, saved reports, flat queries."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import formats, translation
from openpyxl import load_workbook

from audit.models import AuditEntry
from reports.models import SavedReport
from tests.helpers import translated

pytestmark = pytest.mark.django_db
URL = "/ky/reports/"


def tiles(response) -> dict[str, str]:
    page = BeautifulSoup(response.content, "html.parser")
    return {
        li.select_one(".tile-label").get_text(strip=True): li.select_one(".tile-number").get_text(
            strip=True
        )
        for li in page.select("ul.tiles > li")
    }


def table(response) -> list[list[str]]:
    page = BeautifulSoup(response.content, "html.parser")
    first = page.select_one("#table ~ table.counts")
    return [[c.get_text(strip=True) for c in tr.find_all(["th", "td"])] for tr in first("tr")]


def counted(response) -> str:
    """What the page counts (its tables and charts), not its filters' lists."""
    page = BeautifulSoup(response.content, "html.parser")
    return " ".join(t.get_text(" ", strip=True) for t in page.select("main table, figure"))


def test_a_coordinator_sees_every_indicator_rounded(data, client_for, coordinator):
    found = tiles(client_for(coordinator).get(URL))
    assert found[translated("People enrolled")] == "10"  # 9
    assert found[translated("Enrolments")] == "10"  # 10
    assert found[translated("People certified")] == "<5"  # 4
    assert found[translated("People registered for webinars")] == "5"  # 7
    assert found[translated("Face-to-face participants")] == "5"  # 7
    assert found[translated("Face-to-face participations")] == "10"  # 9
    assert found[translated("Face-to-face sessions held")] == "2"  # sessions, not people
    assert found[translated("Mentoring meetings")] == "<5"


def test_the_table_by_gender_hides_and_rounds(data, client_for, coordinator):
    rows = table(client_for(coordinator).get(URL + "?indicator=enrolled&rows=gender"))
    by = {row[0]: row[1:] for row in rows[1:]}
    # 6 women, 3 men: the men hidden, so the women too (the total would give them away).
    assert by[translated("Woman")] == ["×"] and by[translated("Man")] == ["<5"]
    assert by[translated("Total")] == ["10"]


def test_two_dimensions_crossed(data, client_for, coordinator):
    rows = table(
        client_for(coordinator).get(URL + "?indicator=enrolled&rows=age&columns=settlement")
    )
    by = {row[0]: row[1:] for row in rows[1:]}
    # Urban, rural, not given, total: 6 rural women of 25–34 and 3 urban men of 35–49.
    assert by["25–34"][1] in ("5", "×") and by["35–49"][0] == "<5"
    assert by[translated("Total")][-1] == "10"


def test_target_groups_never_cross_a_sensitive_group(
    data, client_for, coordinator, survivors, youth
):
    client = client_for(coordinator)
    page = client.get(URL + "?indicator=enrolled&rows=group")
    alone = {row[0]: row[1:] for row in table(page)}
    assert alone[youth.name] == ["5"] and survivors.name not in alone  # 6 youth
    # Her group's own total, in a table of its own: nothing beside it.
    soup = BeautifulSoup(page.content, "html.parser")
    own = [t for t in soup.select("table.counts") if survivors.name in t.get_text()]
    assert len(own) == 1
    assert [td.get_text(strip=True) for td in own[0]("td")] == ["<5"]
    assert youth.name not in own[0].get_text()
    for query in ("&columns=gender", "&region=naryn"):  # crossed, or picked by oblast
        page = client.get(URL + "?indicator=enrolled&rows=group" + query)
        assert survivors.name not in counted(page)  # (the filter's list names every group)


def test_two_periods_a_person_apart_show_the_same(data, client_for, coordinator):
    """1–11 March: six enrolments; 1–12 March: seven (the sixth woman's second course). Both
    read 5: subtracting the reports gives nothing."""
    client = client_for(coordinator)
    shorter = tiles(client.get(URL + "?start=2026-03-01&end=2026-03-11"))
    longer = tiles(client.get(URL + "?start=2026-03-01&end=2026-03-12"))
    assert shorter[translated("Enrolments")] == longer[translated("Enrolments")] == "5"
    assert shorter == longer


def test_a_filter_over_fewer_than_five_people_is_refused(data, client_for, coordinator):
    page = client_for(coordinator).get(URL + "?region=talas")  # three men, one registered
    assert page.status_code == 200
    assert 'ul class="tiles"' not in page.text and "table.counts" not in page.text
    assert (
        translated(
            "Fewer than 5 people match these filters: the report is refused, as it "
            "would point at them. Widen the filters."
        )
        in page.text
    )


def test_charts_are_svg_images_with_their_words_and_tables(data, client_for, coordinator):
    page = client_for(coordinator).get(
        URL + f"?indicator=face_to_face_people&rows=gender&master={data['master'].pk}"
    )
    soup = BeautifulSoup(page.content, "html.parser")
    figures = soup.select("figure.chart")
    assert len(figures) == 4  # the table's, per month, by oblast, the cascade
    for figure in figures:
        image = figure.find("img")
        assert image["src"].startswith("data:image/svg+xml;base64,") and image["alt"]
        assert figure.find("figcaption").get_text(strip=True)
        assert figure.find("table")
    assert not soup.select("main script")  # drawn by the server: no chart code in the page
    cascade = figures[-1].find("table").get_text(" ", strip=True)
    assert translated("Generation %(number)s").replace("%(number)s", "1") in cascade


def test_the_cascade_table_adds_up(data, client_for, coordinator):
    """Its total row's trainers are its rows' (the master trainer is in generation 0)."""
    page = client_for(coordinator).get(URL + f"?master={data['master'].pk}")
    table = BeautifulSoup(page.content, "html.parser").select("main table.counts")[-1]
    rows = [[td.get_text(strip=True) for td in tr.find_all("td")] for tr in table.tbody("tr")]
    *generations, total = rows
    assert len(generations) >= 2
    assert int(total[0]) == sum(int(row[0]) for row in generations)
    assert int(total[1]) == sum(int(row[1]) for row in generations)


def test_files_of_the_table_are_audited(data, client_for, coordinator):
    client = client_for(coordinator)
    query = "?indicator=enrolled&rows=region"
    text = client.get(reverse("reports:table_csv") + query).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == translated("Oblast")
    assert [translated("Total"), "10"] in rows
    book = load_workbook(io.BytesIO(client.get(reverse("reports:table_xlsx") + query).content))
    assert list(book.active.iter_rows(values_only=True))[0][0] == translated("Oblast")
    assert AuditEntry.objects.filter(what="reports.table", action="exported").count() == 2


def test_a_trainer_sees_her_sessions_only(data, client_for, trainer):
    lead = client_for(data["lead"]).get(URL)
    assert lead.status_code == 200
    found = tiles(lead)
    assert set(found) == {
        translated("Face-to-face participants"),
        translated("Face-to-face participations"),
        translated("Face-to-face sessions held"),
    }
    assert found[translated("Face-to-face participants")] == "5"
    offered = BeautifulSoup(lead.content, "html.parser").select("#id_indicator option")
    assert {o["value"] for o in offered} == {
        "face_to_face_people",
        "face_to_face_participations",
    }  # nothing her report does not count
    # A course's, a webinar's filter in the query string changes nothing for her.
    assert (
        tiles(client_for(data["lead"]).get(URL + f"?course={data['course'].translation_key}"))
        == found
    )
    other = client_for(trainer).get(URL)  # a trainer who led nothing: nothing to report
    assert other.status_code == 200
    assert tiles(other)[translated("Face-to-face participants")] == "<5"


def test_nobody_else_sees_reports(data, client_for, learner):
    assert client_for(None).get(URL).status_code == 302
    assert client_for(learner).get(URL).status_code == 403
    assert client_for(learner).get(reverse("reports:table_csv")).status_code == 403


def test_a_coordinator_saves_and_reruns_a_report(data, client_for, coordinator, trainer):
    client = client_for(coordinator)
    filters = {"start": "2026-03-01", "end": "2026-03-31", "indicator": "enrolled"}
    response = client.post(
        reverse("reports:saved_create"), {**filters, "name": "Q1 ЕБ", "once": "t1"}
    )
    assert response.status_code == 302
    again = client.post(reverse("reports:saved_create"), {**filters, "name": "Q1 ЕБ", "once": "t1"})
    assert again.status_code == 302 and SavedReport.objects.count() == 1  # posted once
    saved = SavedReport.objects.get()
    assert saved.owner == coordinator and saved.filters == filters
    rerun = client.get(reverse("reports:saved_open", args=[saved.pk]))
    assert rerun.status_code == 302 and "start=2026-03-01" in rerun["Location"]
    assert "Q1 ЕБ" in client.get(URL).text
    assert (
        client_for(trainer).get(reverse("reports:saved_open", args=[saved.pk])).status_code == 403
    )
    client.post(reverse("reports:saved_delete", args=[saved.pk]))
    assert not SavedReport.objects.exists()


def test_queries_stay_flat(data, client_for, coordinator, django_assert_max_num_queries):
    client = client_for(coordinator)
    url = URL + f"?indicator=enrolled&rows=group&columns=gender&master={data['master'].pk}"
    with django_assert_max_num_queries(45):
        assert client.get(url).status_code == 200


def test_queries_do_not_grow_with_the_data(data, client_for, coordinator, youth):
    """Aggregates in the database: ten more people enrolled, certified, registered and
    attending ask not one query more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from certificates.services import certificate_issue
    from tests.certificates.conftest import complete
    from tests.factories import UserFactory
    from tests.trainings.cascade_fixtures import attend, person
    from webinars.models import Registration

    client = client_for(coordinator)
    url = URL + f"?indicator=certified&rows=group&columns=region&master={data['master'].pk}"
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for n in range(10):
        someone = UserFactory(target_groups=[youth], birth_year=1960 + n)
        certificate_issue(enrolment=complete(someone, data["course"]), course=data["course"])
        Registration.objects.create(
            user=someone,
            webinar_key=data["webinar"].translation_key,
            status=Registration.Status.REGISTERED,
            position=100 + n,
        )
        attend(data["sessions"][0], person(f"Жаңы {n}"))
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large) == len(small)


def cascade_rows(response) -> list[list[str]]:
    """The cascade's table by generation, the last table of the page."""
    found = BeautifulSoup(response.content, "html.parser").select("main table.counts")[-1]
    return [[c.get_text(strip=True) for c in tr.find_all(["th", "td"])] for tr in found.tbody("tr")]


def may_cascade_note(language: str) -> str:
    """The cascade's note over May 2026, in `language`, as the page and the PDF print it."""
    with translation.override(language):
        start, end = (
            formats.date_format(day, "DATE_FORMAT")
            for day in (datetime.date(2026, 5, 1), datetime.date(2026, 5, 31))
        )
    return translated(
        "The cascade counts the sessions its trainers held and the people they reached "
        "from %(start)s to %(end)s, whatever the other filters above.",
        language,
    ) % {"start": start, "end": end}


def test_the_cascade_counts_the_period_picked(db, client_for, coordinator, settings):
    """tests/trainings/cascade_fixtures.period_cascade with five more people in May at
    Aigerim's A1 and Cholpon's C1, five in April at A3 (counted by hand there)."""
    from tests.trainings.cascade_fixtures import period_cascade

    settings.SUPPRESSION_ROUND_TO = 1
    master = period_cascade(crowds=5)["master"]
    client = client_for(coordinator)
    page = client.get(URL + f"?start=2026-05-01&end=2026-05-31&master={master.pk}")
    assert page.status_code == 200
    # Generation 1: Asel, Bakyt, Chynara, Dilnoza and A1's five; 2: Chynara and C1's five;
    # in all 14 (Chynara once). Sessions: A1, A2, B1; C1; the master's M1 was in April.
    assert cascade_rows(page) == [
        ["0", "1", "0", "—"],
        ["1", "2", "3", "9"],
        ["2", "1", "1", "6"],
        [translated("Total"), "4", "4", "14"],
    ]
    note = may_cascade_note("ky")
    text = BeautifulSoup(page.content, "html.parser").get_text(" ", strip=True)
    assert note in text
    # Without a period: every session and every person, April's and June's too (Emil and
    # A3's five, Fariza; Gülzat at the master's own M1). Generation 2's 6 is hidden beside
    # generation 0's one person ("<5"), or the total would give her away.
    everything = client.get(URL + f"?master={master.pk}")
    assert cascade_rows(everything) == [
        ["0", "1", "1", "<5"],
        ["1", "2", "4", "16"],
        ["2", "1", "1", "×"],
        [translated("Total"), "4", "6", "22"],
    ]
    assert translated(
        "The cascade counts every session its trainers held and the people they reached "
        "since the start, whatever the other filters above."
    ) in BeautifulSoup(everything.content, "html.parser").get_text(" ", strip=True)
