import csv
import io

import pytest
from django.urls import reverse

from people.regions import Region
from tests.factories import UserFactory
from tests.helpers import translated
from tests.webinars.conftest import make_webinar
from webinars.services import registration_create
from webinars.stats import counts_by_group

pytestmark = pytest.mark.django_db


def rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_small_count_is_not_given_away_by_its_group_total(series, youth):
    webinar = make_webinar(series, capacity=100)
    people = [UserFactory(region=Region.NARYN, gender="woman") for _ in range(6)]
    people.append(UserFactory(region=Region.OSH, gender="man"))
    for person in people:
        person.target_groups.set([youth])
        registration_create(user=person, webinar=webinar)
    counts = {
        (c["region"], c["gender"]): c["registered"]
        for c in counts_by_group(webinar.translation_key)
    }
    # The Osh count is under five; with the total (7) shown, Naryn's 6 would reveal it.
    assert counts[("Ош облусу", "Эркек")] == "<5"
    assert counts[("Нарын облусу", "Аял")] == "×"
    assert counts[(translated("Total"), "")] == "7"


def test_counts_by_group_region_and_gender(series, youth, survivors):
    webinar = make_webinar(series, capacity=100)
    for _ in range(6):
        person = UserFactory(region=Region.NARYN, gender="woman")
        person.target_groups.set([youth])
        registration_create(user=person, webinar=webinar)
    person = UserFactory(region=Region.OSH, gender="man")
    person.target_groups.set([survivors])
    registration_create(user=person, webinar=webinar)
    counts = {(c["region"], c["gender"]): c for c in counts_by_group(webinar.translation_key)}
    assert counts[("Нарын облусу", "Аял")]["registered"] == "6"
    assert counts[("Ош облусу", "Эркек")]["registered"] == "<5"


def test_csv_exports_for_coordinators_only(series, client_for, coordinator, trainer, learner):
    webinar = make_webinar(series, capacity=100)
    for _ in range(3):
        registration_create(user=UserFactory(full_name="=HYPERLINK()"), webinar=webinar)
    url = reverse("webinars:report", args=[webinar.pk])
    registrations = rows(client_for(coordinator).get(url + "?csv=registrations"))
    assert len(registrations) == 4 and registrations[1][0] == "'=HYPERLINK()"
    counts = rows(client_for(coordinator).get(url + "?csv=counts"))
    assert counts[1][3] == "<5"
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
