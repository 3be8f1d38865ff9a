"""The library's list: search in titles and descriptions, filters by topic, language and kind,
pages, odd query strings, and the same number of queries for 5 resources as for 60."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from library.models import Language, Resource, Topic
from tests.library.conftest import share

LIST = "/ky/community/library/"


@pytest.fixture
def shelf(people, topic):
    other = Topic.objects.create(name_ky="Саясат", name_ru="Политика", name_en="Politics")
    author = people["author"]
    share(author, topic, title="Зомбулукка каршы колдонмо", description="Кризистик борборлор.")
    share(
        author,
        other,
        title="Гендерный бюджет",
        description="Методичка для депутатов",
        language=Language.RU,
        link="https://example.org/budget",
    )
    share(author, other, title="Шайлоо", description="Аялдар жана ЗОМБУЛУК темасы")
    return other


def titles(response) -> list[str]:
    return [resource.title for resource in response.context["page"]]


@pytest.mark.django_db
def test_search_and_filters(people, topic, shelf, client_for):
    client = client_for(people["member"])
    assert len(titles(client.get(LIST))) == 3
    assert sorted(titles(client.get(LIST, {"q": "зомбулук"}))) == [
        "Зомбулукка каршы колдонмо",
        "Шайлоо",
    ]
    assert titles(client.get(LIST, {"topic": shelf.pk, "kind": "link"})) == ["Гендерный бюджет"]
    assert titles(client.get(LIST, {"language": "ru"})) == ["Гендерный бюджет"]
    assert sorted(titles(client.get(LIST, {"kind": "file"}))) == [
        "Зомбулукка каршы колдонмо",
        "Шайлоо",
    ]
    assert titles(client.get(LIST, {"topic": topic.pk})) == ["Зомбулукка каршы колдонмо"]
    nothing = client.get(LIST, {"q": "жок нерсе"})
    assert "Изденүүңүзгө дал келген ресурс жок." in nothing.content.decode()
    page = client.get(LIST).content.decode()
    assert "example.org" in page and "Саясат" in page  # a link with its domain, topics by name


@pytest.mark.parametrize(
    "query",
    [
        "topic=²",
        "topic=99999999999999999999999",
        "topic=-1",
        "topic=1&topic=abc",
        "language=<script>",
        "kind=%00",
        "q=%00",
        "q=" + "а" * 500,
        "q=%25%5F%5C",
        "page=abc",
        "page=99999999999999999999",
        "page=-3",
        "q[]=x&page[]=2",
    ],
)
@pytest.mark.django_db
def test_odd_query_strings_never_fail(people, shelf, client_for, query):
    response = client_for(people["member"]).get(f"{LIST}?{query}")
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert "<script>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.django_db
def test_pages_of_twenty(people, topic, client_for):
    for number in range(25):
        Resource.objects.create(
            author=people["author"],
            title=f"Ресурс {number:02}",
            description="—",
            language="ky",
            topic=topic,
            link=f"https://example.org/{number}",
            rights_confirmed_at="2026-01-01T00:00Z",
        )
    client = client_for(people["member"])
    first = client.get(LIST, {"kind": "link"})
    assert len(titles(first)) == 20
    second = client.get(LIST, {"kind": "link", "page": 2})
    assert len(titles(second)) == 5
    assert "kind=link&amp;page=1" in second.content.decode()  # the filters kept


def bulk(people, topic, count):
    Resource.objects.bulk_create(
        Resource(
            author=people["author" if n % 2 else "member"],
            title=f"Ресурс {n}",
            description="Сүрөттөмө",
            language="ky",
            topic=topic,
            link=f"https://example.org/{n}",
            rights_confirmed_at="2026-01-01T00:00Z",
        )
        for n in range(count)
    )


def count_queries(client, url) -> int:
    client.get(url)  # the session and caches as on any later visit
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_queries_are_flat_as_resources_grow(people, topic, client_for):
    client = client_for(people["author"])
    bulk(people, topic, 5)
    few = {url: count_queries(client, url) for url in (LIST, reverse("library:mine"))}
    bulk(people, topic, 55)
    many = {url: count_queries(client, url) for url in (LIST, reverse("library:mine"))}
    assert many == few
    assert max(many.values()) <= 12
