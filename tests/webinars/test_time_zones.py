"""Webinar pages name the viewer's time zone as a person reads it, in the page's language, and
give the time the join link appears in a form the viewer's browser shows in her zone."""

import json
import re
from datetime import UTC

import pytest
from wagtail.models import Locale

from tests.helpers import translated
from webinars.services import registration_create

pytestmark = pytest.mark.django_db


def zone_names(html: str) -> dict:
    found = re.search(r'<script id="zone-names" type="application/json">(.*?)</script>', html)
    assert found, "the page carries no time zone names"
    return json.loads(found.group(1))


UNIVERSAL = {
    "ky": "Дүйнөлүк координацияланган убакыт, UTC",
    "ru": "Всемирное координированное время, UTC",
}


def in_language(page, language: str):
    locale, _ = Locale.objects.get_or_create(language_code=language)
    translation = page.get_translation_or_none(locale) or page.copy_for_translation(locale)
    translation.save_revision().publish()
    return translation


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_zone_names_are_in_the_pages_language(webinar, series, client, language):
    pages = [webinar, series]
    if language != "ky":
        in_language(series.get_parent(), language)
        pages = [in_language(series, language), in_language(webinar, language)]
    for page in pages:
        url = page.url
        assert url.startswith(f"/{language}/")
        names = zone_names(client.get(url).content.decode())
        assert names["Europe/Warsaw"] == "Варшава"
        assert names["Europe/Moscow"] == "Москва"
        assert names["Asia/Bishkek"] == "Бишкек"
        assert names["UTC"] == UNIVERSAL[language]
        assert "Europe/Warsaw" not in names.values()


def test_the_join_link_time_is_given_for_the_viewers_zone(webinar, learner, client_for):
    registration_create(user=learner, webinar=webinar)
    html = client_for(learner).get(webinar.url).content.decode()
    opens = webinar.join_opens_at().astimezone(UTC).isoformat()
    # webinar.js adds the time in the viewer's zone after every <time data-local>.
    note = re.search(
        rf'<time datetime="{re.escape(opens)}" data-local="[^"]+">([^<]*)</time>', html
    )
    assert note, "the join link's time is not marked for the viewer's zone"
    assert translated("The join link appears here at %(time)s (Bishkek time).")[:20] in note[1]
