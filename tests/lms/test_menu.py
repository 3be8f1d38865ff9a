"""Every page the site's header links to opens, in every language, for a visitor and for each
role. The links are read from the rendered header of real pages (the demo site), never listed
here, so that a link added to the menu is tested too."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.test import Client

from demo.seed.courses import seed_courses
from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from demo.seed.webinars import seed_webinars
from people.models import User
from webinars.models import WebinarSeriesPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("ky", "ru", "en")
ROLES = (
    None,
    "learner@demo.tendik.kg",
    "trainer@demo.tendik.kg",
    "coordinator@demo.tendik.kg",
    "admin@demo.tendik.kg",
)


class HeaderLinks(HTMLParser):
    """The pages the <header> leads to: its links and the language switcher's targets."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "header":
            self.depth += 1
        elif self.depth and tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif self.depth and tag == "button" and attrs.get("name") == "next":
            self.links.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "header":
            self.depth -= 1


def header_links(html: str) -> list[str]:
    parser = HeaderLinks()
    parser.feed(html)
    return parser.links


@pytest.fixture
def demo_site(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr("demo.seed.webinars.shutil.which", lambda name: None)
    seed_home_pages()
    seed_people()
    seed_courses()
    seed_webinars(out=lambda line: None)


def crawl_header(client: Client) -> dict[str, int]:
    """{path: status} of every page reached through headers from the home pages."""
    seen: dict[str, int] = {}
    queue = [f"/{language}/" for language in LANGUAGES]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        response = client.get(path)
        seen[path] = response.status_code
        if response.status_code == 200 and "text/html" in response["Content-Type"]:
            for link in header_links(response.content.decode()):
                parts = urlsplit(link)
                # The site's own pages; the admin is Wagtail's (opened, not crawled).
                if not parts.netloc and parts.path.startswith("/"):
                    if parts.path.startswith("/admin/"):
                        seen.setdefault(parts.path, client.get(parts.path).status_code)
                    else:
                        queue.append(parts.path)
    return seen


def test_every_page_in_the_header_opens(demo_site):
    # One test for every role: seeding the demo courses is what takes the time.
    failures = {}
    for email in ROLES:
        client = Client(raise_request_exception=False)
        if email:
            client.force_login(User.objects.get(email=email))
        seen = crawl_header(client)
        failures.update({(email, path): s for path, s in seen.items() if s != 200})
        for language in LANGUAGES:
            assert f"/{language}/webinars/" in seen  # the menu's webinars, in each language
    assert failures == {}

    anonymous = Client()
    for language in LANGUAGES:
        series = WebinarSeriesPage.objects.get(locale__language_code=language)
        for path in (f"/{language}/", series.url):
            assert series.url in header_links(anonymous.get(path).content.decode())


def test_the_menu_falls_back_to_the_kyrgyz_webinars(settings, tmp_path, monkeypatch, client):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr("demo.seed.webinars.shutil.which", lambda name: None)
    seed_home_pages()
    seed_people()
    seed_webinars(out=lambda line: None)
    WebinarSeriesPage.objects.filter(locale__language_code="en").update(live=False)
    links = header_links(client.get("/en/").content.decode())
    assert WebinarSeriesPage.objects.get(locale__language_code="ky").url in links
