"""The catalogue lists programmes beside courses, filtered the same way (target group, track,
words), in a fixed number of queries however many programmes it holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import Track
from people.models import TargetGroup
from programmes.blocks import Kind, Rule
from programmes.models import ProgrammePage
from tests.factories import build_course, build_programme


@pytest.fixture
def group():
    return TargetGroup.objects.order_by("pk").first()


@pytest.fixture
def for_group(catalogue, three_courses, group):
    """A trainer-of-trainers programme for one target group, about municipal budgets."""
    programme = build_programme(
        catalogue,
        [(Rule.ALL, 1, False, [(Kind.COURSE, c) for c in three_courses])],
        title="Тренерлер мектеби",
        track=Track.TOT,
    )
    programme.summary = "Муниципалдык бюджеттер боюнча тренерлерди даярдоо"
    programme.audience.add(group)
    programme.save_revision().publish()
    return programme


def listed(client, **params) -> str:
    return client.get("/ky/courses/", params).content.decode()


def test_the_catalogue_lists_programmes_beside_courses(client, for_group, three_courses):
    page = listed(client)
    assert "Тренерлер мектеби" in page and all(c.title in page for c in three_courses)
    assert "Программа · 3 курс, тренинг же вебинар" in page
    assert f'href="{for_group.url}"' in page


def test_programmes_are_filtered_by_target_group_track_and_words(
    client, for_group, three_courses, group
):
    first = three_courses[0].title
    page = listed(client, group=group.slug)
    assert "Тренерлер мектеби" in page and first not in page
    page = listed(client, track=Track.TOT)
    assert "Тренерлер мектеби" in page and first not in page
    page = listed(client, track=Track.COURSE)
    assert "Тренерлер мектеби" not in page and first in page
    page = listed(client, q="бюджеттер")
    assert "Тренерлер мектеби" in page and first not in page
    page = listed(client, q="жергиликтүү")
    assert "Тренерлер мектеби" not in page and first in page


def test_the_catalogue_s_queries_stay_flat_as_programmes_are_added(client, catalogue):
    courses = [build_course(catalogue, title=f"Курс {n}", modules=1, lessons=1) for n in range(3)]
    sets = [(Rule.ANY, 2, False, [(Kind.COURSE, c) for c in courses])]
    counts = []
    for total in (1, 10):
        for n in range(ProgrammePage.objects.count(), total):
            build_programme(catalogue, sets, title=f"Программа {n}", slug=f"programme-{n}")
        for params in ({}, {"q": "программа", "track": Track.COURSE}):
            client.get("/ky/courses/", params)
            with CaptureQueriesContext(connection) as queries:
                page = client.get("/ky/courses/", params)
            assert page.status_code == 200
            counts.append(len(queries))
    assert counts[:2] == counts[2:], counts
