"""Every count table that reaches a screen or a file, walked with one survivor in Jalal-Abad
among the people: no cell puts a sensitive group beside a region, a gender or anything else, no
cell shows a count under five, and whether she is a survivor or not changes nothing."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import get_resolver, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from certificates.services import certificate_issue
from core.suppression import COUNT_PAGES, HIDDEN
from people.models import Gender
from people.regions import Region
from tests.certificates.conftest import complete, template  # noqa: F401  (fixture)
from tests.factories import UserFactory
from tests.trainings.cascade_fixtures import attend, session, trainer
from tests.trainings.cascade_fixtures import person as record
from tests.webinars.conftest import make_webinar, series  # noqa: F401  (fixture)
from webinars.services import registration_create

# How the walk reaches each page; a page that registers without a line here fails the test.
KNOWN = {
    ("reports:certificates", ""),
    ("reports:certificates_csv", ""),
    ("reports:certificates_xlsx", ""),
    ("reports:webinar", ""),
    ("reports:webinar_csv", ""),
    ("reports:webinar_xlsx", ""),
    ("reports:dashboard", "rows=group"),
    ("reports:table_csv", "rows=group"),
    ("trainings:cascade_detail", ""),
    ("trainings:cascade_csv", ""),
}
FILTERS = ["", "group=survivors", "region=jalal_abad", "group=youth"]


@pytest.fixture
def people(course, template, series, youth, survivors):  # noqa: F811
    """Eight youth in Naryn and one woman in Jalal-Abad, a survivor: each holds a
    certificate, registered for the webinar and attended a session of a master trainer's
    trainee (with her account: a record of the cascade)."""
    webinar = make_webinar(series, capacity=100)
    others = [UserFactory(region=Region.NARYN, target_groups=[youth]) for _ in range(8)]
    her = UserFactory(region=Region.JALAL_ABAD, gender="woman", target_groups=[survivors])
    certificates = {}
    for person in [*others, her]:
        certificates[person] = certificate_issue(enrolment=complete(person, course), course=course)
        registration_create(user=person, webinar=webinar)
    master = trainer("Мастер")
    held = session(trainer("Окутуучу", trained_by=master))
    for one in [*others, her]:
        attend(held, record(one.full_name, user=one))
    return {"webinar": webinar, "her": her, "certificate": certificates[her], "master": master}


def tables(response) -> list[list[list[str]]]:
    """The count tables in a response, each a list of rows of cell texts."""
    kind = response["Content-Type"]
    if kind.startswith("text/html"):
        page = BeautifulSoup(response.content, "html.parser")
        return [
            [
                [cell.get_text(" ", strip=True) for cell in row.find_all(["caption", "th", "td"])]
                for row in [*table.find_all("caption"), *table.find_all("tr")]
            ]
            for table in page.select("table.counts")
        ]
    if kind.startswith("text/csv"):
        return [list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))]
    book = load_workbook(io.BytesIO(response.content))
    return [
        [
            ["" if v is None else str(v) for v in row]
            for row in book.active.iter_rows(values_only=True)
        ]
    ]


def walk(client, webinar, master, survivors) -> dict:
    args = {
        "reports:webinar": [webinar.pk],
        "reports:webinar_csv": [webinar.pk],
        "reports:webinar_xlsx": [webinar.pk],
        "trainings:cascade_detail": [master.pk],
        "trainings:cascade_csv": [master.pk],
    }
    seen = {}
    for url_name, query in sorted(COUNT_PAGES):
        # The dashboard's and its table's target group filter is by id.
        for extra in [*FILTERS, f"group={survivors.pk}"]:
            url = reverse(url_name, args=args.get(url_name, []))
            full = f"{url}?{'&'.join(q for q in (query, extra) if q)}"
            response = client.get(full)
            assert response.status_code == 200, full
            # A report over fewer than five people is refused altogether (reports.tables).
            refused = b"data-refused" in response.content
            seen[full] = [[["refused"]]] if refused else tables(response)
    return seen


def labels_of(choices) -> set[str]:
    return {str(label) for _value, label in choices}


@pytest.mark.django_db
def test_every_count_table_keeps_a_lone_survivor_hidden(
    people, client_for, coordinator, survivors, youth
):
    assert get_resolver().url_patterns  # imports every app's views: every page has registered
    assert KNOWN == COUNT_PAGES
    client = client_for(coordinator)
    with translation.override("ky"):
        dimensions = labels_of(Region.choices) | labels_of(Gender.choices) | {_("Not given")}
        measures = {_("Registered"), _("Attended")}  # the webinar file's first column
    assert "Жалал-Абад облусу" in dimensions

    as_survivor = walk(client, people["webinar"], people["master"], survivors)
    for url, found in as_survivor.items():
        page = not any(kind in url for kind in ("csv", ".xlsx"))
        assert found, f"no count table on {url}"
        for table in found:
            for row in table:
                for cell in row:
                    if cell.isdigit():
                        assert int(cell) >= 5, (url, row)
                if survivors.name in row:
                    rest = [
                        cell for cell in row if cell and cell not in {survivors.name, *measures}
                    ]
                    assert len(rest) == 1 and (rest[0] == HIDDEN or rest[0].isdigit()), (url, row)
                    assert not set(rest) & dimensions, (url, row)
            # On a page, the table that names a survivor group names nothing else.
            if page and any(survivors.name in row for row in table):
                cells = {cell for row in table for cell in row}
                assert not cells & dimensions and youth.name not in cells, (url, table)
        # The webinars' counts have no target group filter; the dashboard's is by id.
        if "group=survivors" in url and "webinars" not in url and "rows=group" not in url:
            # Filtered on the sensitive group: its total alone, no region, gender or group (a
            # file's header row names its columns, nothing else).
            body = [table if page else table[1:] for table in found]
            cells = {cell for table in body for row in table for cell in row}
            assert not cells & dimensions, (url, cells)
            assert youth.name not in cells, url

    # Whether she is a survivor or not, every table and file reads the same.
    people["her"].target_groups.remove(survivors)
    people["certificate"].target_groups.remove(survivors)
    assert walk(client, people["webinar"], people["master"], survivors) == as_survivor
