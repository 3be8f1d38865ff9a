"""The reports' rollup on the dataset of conftest.py: a view's counts are stored the first time
they are read and read back after, beat counts them again, the page says when they were
counted, "Count again now" counts at once, and a stale or unread answer is not used."""

import datetime
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import Enrolment
from reports import rollup
from reports.dimensions import REGISTRY
from reports.indicators import INDICATORS, Scope
from reports.models import Rollup
from reports.tasks import rollup_recount
from tests.factories import UserFactory
from tests.helpers import translated
from tests.reports.test_dashboard import URL, tiles

pytestmark = pytest.mark.django_db
ENROLLED = translated("People enrolled")


@pytest.fixture(autouse=True)
def rollup_on(settings):
    settings.REPORTS_ROLLUP_MINUTES = 15


def enrol_three_more(course):
    for _ in range(3):
        Enrolment.objects.create(user=UserFactory(), course_key=course.translation_key)


def test_a_view_is_counted_once_then_read_from_the_rollup(data, client_for, coordinator):
    client = client_for(coordinator)
    assert tiles(client.get(URL))[ENROLLED] == "10"  # 9 people
    stored = Rollup.objects.count()
    assert stored >= 3  # the totals, the sessions held, the table, the months, the oblasts
    enrol_three_more(data["course"])  # 12 people now
    with CaptureQueriesContext(connection) as queries:
        page = client.get(URL)
    assert tiles(page)[ENROLLED] == "10"  # as counted, and said so on the page
    assert Rollup.objects.count() == stored
    assert not [q for q in queries if "courses_enrolment" in q["sql"]]  # nothing counted again
    note = BeautifulSoup(page.content, "html.parser").select_one("[data-counted]").get_text()
    assert translated("Count again now") in note and "15" in note

    assert rollup_recount() == 0  # beat's turn: only what was counted half an interval ago
    Rollup.objects.update(counted_at=timezone.now() - timedelta(minutes=8))
    assert rollup_recount() == stored
    assert tiles(client.get(URL))[ENROLLED] == "10"  # 12 rounds to 10
    assert rollup.totals(Scope())["enrolled"] == 12


def test_count_again_now_counts_the_view_at_once(data, client_for, coordinator):
    client = client_for(coordinator)
    query = "?indicator=enrolments&rows=gender"
    client.get(URL + query)
    enrol_three_more(data["course"])  # 10 enrolments → 13
    response = client.post("/ky/reports/recount/", {"indicator": "enrolments", "rows": "gender"})
    assert response.status_code == 302 and response["Location"].endswith(query)
    page = client.get(response["Location"])
    assert tiles(page)[translated("Enrolments")] == "15"  # 13 rounded
    assert translated("The report is counted again.") in page.content.decode()


def test_an_answer_older_than_two_intervals_is_counted_live(data):
    assert rollup.totals(Scope())["enrolled"] == 9
    enrol_three_more(data["course"])
    assert rollup.totals(Scope())["enrolled"] == 9  # stored
    Rollup.objects.update(counted_at=timezone.now() - timedelta(minutes=31))  # beat stopped
    assert rollup.totals(Scope())["enrolled"] == 12


def test_each_kind_of_answer_reads_back_as_counted(data):
    """Tables (tuples of values, None among them) and months (dates) come back equal."""
    scope = Scope(start=datetime.date(2026, 1, 1), region="naryn")
    enrolled = INDICATORS["enrolled"]
    dimensions = [REGISTRY["age"], REGISTRY["group"]]
    live_table = rollup.counts_by(enrolled, scope, dimensions)
    live_months = rollup.counts_by_month(enrolled, scope)
    assert Rollup.objects.count() == 2
    assert rollup.counts_by(enrolled, scope, dimensions) == live_table
    assert rollup.counts_by_month(enrolled, scope) == live_months == {datetime.date(2026, 3, 1): 6}
    youth = data["women"][1].target_groups.get()
    assert live_table[("25-34", youth.pk)] == 6
    # A filter the indicator is not concerned by: None, stored and read back as None.
    webinar = Scope(webinar_keys=frozenset({data["webinar"].translation_key}))
    assert rollup.counts_by(enrolled, webinar, dimensions) is None
    assert rollup.counts_by(enrolled, webinar, dimensions) is None


def test_a_scope_goes_to_json_and_back_unchanged(data):
    scope = Scope(
        start=datetime.date(2026, 3, 1),
        end=datetime.date(2026, 5, 31),
        course_keys=frozenset({data["course"].translation_key}),
        session_ids=frozenset({data["sessions"][0].pk}),
        region="talas",
        trainer_id=7,
    )
    back = rollup.scope_from_json(rollup.scope_json(scope))
    assert back.start == scope.start and back.end == scope.end and back.region == "talas"
    assert {str(k) for k in back.course_keys} == {str(data["course"].translation_key)}
    assert back.trainer_id == 7
    assert rollup.totals(back) == rollup.totals(scope)


def test_nobody_read_for_a_week_is_forgotten(data):
    rollup.totals(Scope())
    Rollup.objects.update(read_at=timezone.now() - timedelta(days=8))
    assert rollup_recount() == 0
    assert not Rollup.objects.exists()


def test_a_trainers_counts_are_kept_apart_from_a_coordinators(data, client_for, trainer):
    """Her scope holds her id: her stored answers are never a coordinator's."""
    rollup.totals(Scope())
    page = client_for(data["lead"]).get(URL)
    assert page.status_code == 200
    keys = {row.what["scope"]["trainer_id"] for row in Rollup.objects.all()}
    assert keys == {None, data["lead"].pk}


def test_off_every_count_is_live(data, settings):
    settings.REPORTS_ROLLUP_MINUTES = 0
    assert rollup.totals(Scope())["enrolled"] == 9
    assert not Rollup.objects.exists()
    assert rollup.counted_note(timezone.now()) == ""


def test_only_readers_may_count_again(data, client_for, learner):
    assert client_for(learner).post("/ky/reports/recount/").status_code == 403
    assert not Rollup.objects.exists()


def test_a_cascade_over_a_period_is_kept_without_one_is_live(data):
    """Over a period the cascade's counts are stored (read from the attendance); without one
    they come from the stored reach, right the moment after."""
    from reports.selectors import dashboard

    master = data["master"]

    def reached(start=None):
        board = dashboard(
            scope=Scope(start=start),
            indicator=None,
            rows=REGISTRY["gender"],
            columns=None,
            master_id=master.pk,
            viewer=master,
        )
        return board.cascade.reached.value

    may = datetime.date(2026, 5, 1)
    assert reached(may) == reached() == 7
    assert Rollup.objects.filter(what__kind="cascade").count() == 1
    from tests.trainings.cascade_fixtures import attend, person

    attend(data["sessions"][1], person("Жаңы катышуучу"))  # a day on 6 June
    assert reached() == 8  # at once
    assert reached(may) == 7  # as stored
    with rollup.recounting():
        assert reached(may) == 8
    assert rollup.cascade_rows(master.pk, may) == rollup.cascade_rows(master.pk, may)


def test_a_query_the_code_no_longer_knows_is_forgotten_not_a_crash(data):
    rollup.totals(Scope())
    rollup.counts_by(INDICATORS["enrolled"], Scope(), [REGISTRY["gender"]])
    table = Rollup.objects.get(what__kind="table")
    table.what = {**table.what, "indicator": "renamed_since"}
    table.save()
    Rollup.objects.update(counted_at=timezone.now() - timedelta(hours=1))
    assert rollup_recount() == 1  # the totals; the unknown table is dropped
    assert list(Rollup.objects.values_list("what__kind", flat=True)) == ["totals"]
