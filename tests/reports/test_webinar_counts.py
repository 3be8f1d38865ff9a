"""A webinar's counts (moved from its report): suppression, sensitive groups, the page and its
files, and who may see them."""

import csv
import io

import pytest
from django.urls import reverse

from audit.models import AuditEntry
from people.regions import Region
from reports.webinars import webinar_counts
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


def test_a_small_count_is_not_given_away_by_its_group_total(
    series,
    youth,
    coordinator,
):
    webinar = make_webinar(series, capacity=100)
    people = [UserFactory(region=Region.NARYN, gender="woman") for _ in range(6)]
    people.append(UserFactory(region=Region.OSH, gender="man"))
    for person in people:
        person.target_groups.set([youth])
        registration_create(user=person, webinar=webinar)
    registered = webinar_counts(webinar.translation_key, viewer=coordinator)["registered"]
    # The Osh count is under five; with the total (7) shown, Naryn's 6 would reveal it, and
    # Naryn's 6 beside its total of 6 would say that no man there registered.
    assert cell(registered, youth.name, "Ош облусу", "Эркек") == "<5"
    assert cell(registered, youth.name, "Нарын облусу", "Аял") == "×"
    assert cell(registered, youth.name, translated("Total"), "") == "5"  # 7, rounded


def test_a_sensitive_group_is_only_its_total(series, youth, survivors, coordinator):
    webinar = make_webinar(series, capacity=100)
    for _ in range(6):
        person = UserFactory(region=Region.NARYN, gender="woman")
        person.target_groups.set([youth])
        registration_create(user=person, webinar=webinar)
    person = UserFactory(region=Region.OSH, gender="man")
    person.target_groups.set([survivors])
    registration_create(user=person, webinar=webinar)
    registered = webinar_counts(webinar.translation_key, viewer=coordinator)["registered"]
    assert survivors.name not in [block.title for block in registered.blocks]
    assert [(name, str(total)) for name, total in registered.sensitive] == [(survivors.name, "<5")]
    assert cell(registered, youth.name, translated("Total"), "") == "5"  # 6, rounded


def test_sensitive_groups_are_counted_for_coordinators_only(series, survivors, trainer):
    webinar = make_webinar(series, capacity=100)
    counts = webinar_counts(webinar.translation_key, viewer=trainer)
    assert counts["registered"].sensitive == [] and counts["attended"].sensitive == []


def test_the_counts_as_a_page_and_files_for_coordinators_only(
    series,
    client_for,
    coordinator,
    trainer,
    learner,
    django_assert_max_num_queries,
):
    webinar = make_webinar(series, capacity=100)
    for _ in range(3):
        registration_create(user=UserFactory(), webinar=webinar)
    client = client_for(coordinator)
    counts = rows(client.get(reverse("reports:webinar_csv", args=[webinar.pk])))
    # Three people: each table is its total alone, "<5".
    assert counts[1] == [
        translated("Registered"),
        translated("All registered"),
        translated("Total"),
        *[""] * 4,
        "<5",
    ]
    assert client.get(reverse("reports:webinar_xlsx", args=[webinar.pk])).status_code == 200
    assert AuditEntry.objects.filter(what="webinars.counts", action="exported").count() == 2
    report = client.get(reverse("webinars:report", args=[webinar.pk]))
    assert reverse("reports:webinar", args=[webinar.pk]) in report.text
    with django_assert_max_num_queries(20):
        page = client.get(reverse("reports:webinar", args=[webinar.pk]))
    assert page.status_code == 200 and "&lt;5" in page.text
    for person in (None, learner, trainer):
        assert client_for(person).get(
            reverse("reports:webinar", args=[webinar.pk])
        ).status_code in (302, 403)
