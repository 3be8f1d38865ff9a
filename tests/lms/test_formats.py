"""Dates and numbers as each language writes them: Kyrgyz "8-декабрь 2026-ж." and "1,5",
Russian "8 декабря 2026 г." (the project's format modules, lms/formats)."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import formats, translation
from wagtail.models import Locale

from tests.factories import build_course
from tests.helpers import translated
from tests.webinars.conftest import make_webinar, series  # noqa: F401  (fixture)

DAY = datetime.date(2026, 12, 8)


def in_language(language, value, format_name):
    with translation.override(language):
        return formats.date_format(value, format_name)


def test_dates_read_as_each_language_writes_them():
    assert in_language("ky", DAY, "DATE_FORMAT") == "8-декабрь 2026-ж."
    assert in_language("ky", datetime.date(2026, 3, 1), "DATE_FORMAT") == "1-март 2026-ж."
    assert in_language("ru", DAY, "DATE_FORMAT") == "8 декабря 2026 г."
    assert in_language("ru", DAY, "MONTH_DAY_FORMAT") == "8 декабря"
    assert in_language("ky", DAY, "MONTH_DAY_FORMAT") == "8-декабрь"


def test_decimal_numbers_take_a_comma_in_kyrgyz_and_russian():
    for language in ("ky", "ru"):
        with translation.override(language):
            assert formats.number_format(Decimal("1.5")) == "1,5"
    with translation.override("en"):
        assert formats.number_format(Decimal("1.5")) == "1.5"


def russian(page):
    translation_ = page.copy_for_translation(
        Locale.objects.get_or_create(language_code="ru")[0], copy_parents=True
    )
    translation_.save_revision().publish()
    return translation_


@pytest.mark.django_db
def test_a_course_page_shows_its_hours_with_a_comma(client, catalogue):
    course = build_course(catalogue, modules=1, lessons=1, hours=Decimal("1.5"))
    ru = russian(course)

    assert translated("%(hours)s hours") % {"hours": "1,5"} in client.get(course.url).text
    assert translated("%(hours)s hours", "ru") % {"hours": "1,5"} in client.get(ru.url).text


@pytest.mark.django_db
def test_a_webinar_page_shows_its_date_as_each_language_writes_it(client, series):  # noqa: F811
    start = datetime.datetime(2026, 12, 8, 14, 0, tzinfo=ZoneInfo("Asia/Bishkek"))
    webinar = make_webinar(series, start=start)
    ru = russian(webinar)

    assert "8-декабрь 2026-ж., 14:00" in client.get(webinar.url).text
    assert "8 декабря 2026 г., 14:00" in client.get(ru.url).text
