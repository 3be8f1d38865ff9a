import csv
import io

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from tests.webinars.conftest import make_webinar
from webinars.services import registration_create

pytestmark = pytest.mark.django_db


def rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_exports_for_coordinators_only(series, client_for, coordinator, trainer, learner):
    webinar = make_webinar(series, capacity=100)
    for _ in range(3):
        registration_create(user=UserFactory(full_name="=HYPERLINK()"), webinar=webinar)
    url = reverse("webinars:report", args=[webinar.pk])
    registrations = rows(client_for(coordinator).get(url + "?csv=registrations"))
    assert len(registrations) == 4 and registrations[1][0] == "'=HYPERLINK()"
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
