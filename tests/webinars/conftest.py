from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from webinars.models import WebinarPage, WebinarSeriesPage


@pytest.fixture
def series(db):
    home = Page.objects.get(depth=2)
    return home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))


def make_webinar(series, **fields) -> WebinarPage:
    values = {
        "title": "Мамлекеттик онлайн кызматтар",
        "start": timezone.now() + timedelta(days=3),
        "duration_minutes": 90,
        "capacity": 2,
        "join_url": "https://zoom.example/j/123",
        "attendance_minutes": 45,
    }
    values.update(fields)
    return series.add_child(instance=WebinarPage(**values))


@pytest.fixture
def webinar(series):
    return make_webinar(series)
