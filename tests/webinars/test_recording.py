import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtailmedia.models import get_media_model

from tests.webinars.conftest import make_webinar
from webinars.models import Caption, Registration
from webinars.services import registration_create
from webinars.webvtt import webvtt_errors

pytestmark = pytest.mark.django_db

GOOD = """WEBVTT

1
00:00:00.000 --> 00:00:02.500
Саламатсызбы! Бул Теңдик вебинары.

00:02.500 --> 00:05.000 align:start
Мамлекеттик кызматтар онлайн.
"""


def en(data: str) -> list[str]:
    with translation.override("en"):
        return webvtt_errors(data.encode())


def test_good_webvtt_has_no_errors():
    assert en(GOOD) == []
    assert en("\ufeff" + GOOD.replace("\n", "\r\n")) == []


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            "1\n00:00:00,000 --> 00:00:02,000\nSRT\n",
            "Line 1: a WebVTT file must start with “WEBVTT”.",
        ),
        ("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nТекст\n", "Line 3: a cue needs a timing line"),
        ("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nТекст\n", "Line 3: the timing “00:00:01,000"),
        (
            "WEBVTT\n\nNOTE ok\n\n00:00:05.000 --> 00:00:02.000\nТекст\n",
            "Line 5: the cue ends before it starts.",
        ),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n", "Line 3: the cue has no text."),
        ("WEBVTT\n", "The file has no captions."),
    ],
)
def test_bad_webvtt_is_refused_with_the_line(text, error):
    errors = en(text)
    assert errors and errors[0].startswith(error)


def test_not_utf8_is_refused_with_the_line():
    with translation.override("en"):
        assert webvtt_errors("WEBVTT\n\nТекст".encode("cp1251")) == [
            "Line 3: the file is not UTF-8 text."
        ]


def test_a_caption_that_is_not_webvtt_is_refused_on_upload_in_kyrgyz(webinar, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    caption = Caption(
        webinar=webinar, language="ky", file=SimpleUploadedFile("x.srt", b"1\n00:00:00,000")
    )
    with translation.override("ky"), pytest.raises(ValidationError) as refusal:
        caption.full_clean()
    assert "1-сап" in str(refusal.value)


def media(kind: str, name: str, data: bytes):
    return get_media_model().objects.create(
        title=name, type=kind, duration=5, file=SimpleUploadedFile(name, data)
    )


@pytest.fixture
def recorded(series, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    webinar = make_webinar(series, recording_counts=True)
    webinar.recording = media("video", "talk.webm", b"\x1a\x45\xdf\xa3")
    webinar.audio = media("audio", "talk.ogg", b"OggS")
    webinar.transcript = "<p>Саламатсызбы!</p>"
    webinar.save_revision().publish()
    for language in ("ru", "ky"):
        Caption.objects.create(
            webinar=webinar,
            language=language,
            file=SimpleUploadedFile(f"{language}.vtt", GOOD.encode()),
        )
    return webinar


def test_player_loads_nothing_before_play_and_offers_captions_and_audio(recorded, client_for):
    html = client_for().get(recorded.url).content.decode()
    assert '<video controls preload="none"' in html
    assert html.count('<track kind="captions"') == 2
    assert (
        'srclang="ky"' in html and 'label="Кыргызча" default' in html
    )  # Kyrgyz page: Kyrgyz track
    assert "?listen=audio" in html and "Саламатсызбы!" in html
    audio = client_for().get(recorded.url + "?listen=audio").content.decode()
    assert '<audio controls preload="none"' in audio and "<video" not in audio


def test_the_player_reports_progress_only_for_a_registered_person(
    recorded, learner, client_for, settings
):
    settings.WEBINAR_REPORT_SECONDS = 15
    url = reverse("webinars:watched", args=[recorded.pk])
    assert client_for().post(url).status_code == 302
    assert client_for(learner).post(url, {"from": 0, "to": 5}).status_code == 400
    assert "data-watched-url" not in client_for(learner).get(recorded.url).content.decode()
    registration_create(user=learner, webinar=recorded)
    html = client_for(learner).get(recorded.url).content.decode()
    assert f'data-watched-url="{url}" data-report-seconds="15"' in html
    assert client_for(learner).post(url, {"from": 0, "to": 0}).status_code == 204
    assert not Registration.objects.get(user=learner).attended  # one report proves nothing


def test_watching_does_not_count_unless_the_webinar_says_so(webinar, learner, client_for):
    assert (
        client_for(learner).post(reverse("webinars:watched", args=[webinar.pk])).status_code == 400
    )
    assert not Registration.objects.exists()
