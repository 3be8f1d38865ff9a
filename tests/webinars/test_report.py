import csv
import io

import pytest
from django.urls import reverse
from webinars.stats import counts_by_group

from people.regions import Region
from tests.factories import UserFactory
from tests.helpers import translated
from tests.webinars.conftest import make_webinar
from webinars.services import registration_create

pytestmark = pytest.mark.django_db


def rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def cell(table, title, region, gender):
    block = next(block for block in table.blocks if block.title == title)
    cells = dict(block.rows)[region] if region != translated("Total") else block.total
    return str(cells[table.columns.index(gender) if gender else -1])


def test_a_small_count_is_not_given_away_by_its_group_total(series, youth, coordinator):
    webinar = make_webinar(series, capacity=100)
    people = [UserFactory(region=Region.NARYN, gender="woman") for _ in range(6)]
    people.append(UserFactory(region=Region.OSH, gender="man"))
    for person in people:
        person.target_groups.set([youth])
        registration_create(user=person, webinar=webinar)
    registered = counts_by_group(webinar.translation_key, viewer=coordinator)["registered"]
    # The Osh count is under five; with the total (7) shown, Naryn's 6 would reveal it, and
    # Naryn's 6 beside its total of 6 would say that no man there registered.
    assert cell(registered, youth.name, "Ош облусу", "Эркек") == "<5"
    assert cell(registered, youth.name, "Нарын облусу", "Аял") == "×"
    assert cell(registered, youth.name, translated("Total"), "") == "7"


def test_a_sensitive_group_is_only_its_total(series, youth, survivors, coordinator):
    webinar = make_webinar(series, capacity=100)
    for _ in range(6):
        person = UserFactory(region=Region.NARYN, gender="woman")
        person.target_groups.set([youth])
        registration_create(user=person, webinar=webinar)
    person = UserFactory(region=Region.OSH, gender="man")
    person.target_groups.set([survivors])
    registration_create(user=person, webinar=webinar)
    registered = counts_by_group(webinar.translation_key, viewer=coordinator)["registered"]
    assert survivors.name not in [block.title for block in registered.blocks]
    assert [(name, str(total)) for name, total in registered.sensitive] == [(survivors.name, "<5")]
    assert cell(registered, youth.name, translated("Total"), "") == "6"


def test_sensitive_groups_are_counted_for_coordinators_only(series, survivors, trainer):
    webinar = make_webinar(series, capacity=100)
    counts = counts_by_group(webinar.translation_key, viewer=trainer)
    assert counts["registered"].sensitive == [] and counts["attended"].sensitive == []


def test_csv_exports_for_coordinators_only(series, client_for, coordinator, trainer, learner):
    webinar = make_webinar(series, capacity=100)
    for _ in range(3):
        registration_create(user=UserFactory(full_name="=HYPERLINK()"), webinar=webinar)
    url = reverse("webinars:report", args=[webinar.pk])
    registrations = rows(client_for(coordinator).get(url + "?csv=registrations"))
    assert len(registrations) == 4 and registrations[1][0] == "'=HYPERLINK()"
    counts = rows(client_for(coordinator).get(url + "?csv=counts"))
    # Three people: each table is its total alone, "<5".
    assert counts[1] == [
        translated("Registered"),
        translated("All registered"),
        translated("Total"),
        *[""] * 4,
        "<5",
    ]
    for person in (None, learner, trainer):
        assert client_for(person).get(url + "?csv=registrations").status_code in (302, 403)


def test_report_page_counts_its_queries(
    series, client_for, coordinator, django_assert_max_num_queries
):
    webinar = make_webinar(series, capacity=100)
    for _ in range(20):
        registration_create(user=UserFactory(), webinar=webinar)
    client = client_for(coordinator)
    client.get(reverse("webinars:report", args=[webinar.pk]))
    with django_assert_max_num_queries(20):
        assert client.get(reverse("webinars:report", args=[webinar.pk])).status_code == 200


def test_webinar_page_counts_its_queries(
    series, client_for, learner, django_assert_max_num_queries
):
    webinar = make_webinar(series, capacity=100)
    registration_create(user=learner, webinar=webinar)
    client = client_for(learner)
    client.get(webinar.url)
    with django_assert_max_num_queries(18):
        assert client.get(webinar.url).status_code == 200
