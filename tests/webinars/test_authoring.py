"""The webinar form in the Wagtail admin: the start is entered in Bishkek time, and a caption file
that is not WebVTT is refused with the line that is wrong."""

from datetime import UTC

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from webinars.models import WebinarPage

pytestmark = pytest.mark.django_db


def form_for(series, coordinator, caption: bytes):
    form_class = WebinarPage.get_edit_handler().get_form_class()
    data = {
        "title": "Онлайн кызматтар",
        "slug": "online",
        "start": "2026-12-01 15:00",
        "duration_minutes": "90",
        "capacity": "250",
        "language": "ky",
        "tool": "zoom",
        "join_opens_minutes": "15",
        "attendance_minutes": "60",
        "captions-TOTAL_FORMS": "1",
        "captions-INITIAL_FORMS": "0",
        "captions-MIN_NUM_FORMS": "0",
        "captions-MAX_NUM_FORMS": "1000",
        "captions-0-language": "ky",
        "captions-0-ORDER": "1",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    files = {"captions-0-file": SimpleUploadedFile("ky.vtt", caption)}
    return form_class(data, files, instance=WebinarPage(), parent_page=series, for_user=coordinator)


def test_start_entered_in_bishkek_time_is_stored_in_utc(series, coordinator):
    form = form_for(series, coordinator, b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n\xd0\xa1\n")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["start"].astimezone(UTC).hour == 9


def test_a_caption_that_is_not_webvtt_is_refused_with_its_line(series, coordinator):
    with translation.override("ky"):
        form = form_for(series, coordinator, b"WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nText\n")
        assert not form.is_valid()
        errors = str(form.formsets["captions"].errors)
    assert "3-сап" in errors
