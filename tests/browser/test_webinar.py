"""A learner registers for a webinar in Kyrgyz, then watches its recording with Kyrgyz captions;
a viewer in Warsaw also sees the start, and when the join link appears, in her own time."""

import io
import wave
import zoneinfo
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Page
from wagtailmedia.models import get_media_model

from tests.browser.test_quiz import sign_in
from tests.factories import UserFactory
from tests.helpers import translated
from webinars.models import (
    Caption,
    RecordingViewing,
    Registration,
    WebinarPage,
    WebinarSeriesPage,
)

pytestmark = pytest.mark.browser

VTT_KY = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nСаламатсызбы, Теңдик!\n"
VTT_RU = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nЗдравствуйте, Теңдик!\n"


def silent_wav(seconds: float = 1.0) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * int(8000 * seconds))
    return buffer.getvalue()


def serve_media(page, root: Path):
    """The live server serves static files only; the browser gets media files from disk."""

    def fulfil(route):
        name = route.request.url.split("/media/", 1)[1]
        route.fulfill(path=str(root / name))

    page.route("**/media/**", fulfil)


def test_register_then_watch_with_kyrgyz_captions(page, settings, tmp_path, live_server):
    settings.MEDIA_ROOT = tmp_path
    # A one-second recording: the player reports every 0.2 s (15 s on the site).
    settings.WEBINAR_REPORT_SECONDS = 0.2
    settings.WEBINAR_RECORDING_SHARE = 0.9
    home = Page.objects.get(depth=2)
    series = home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))
    start = timezone.now().astimezone(zoneinfo.ZoneInfo("Asia/Bishkek")) + timedelta(days=2)
    webinar = series.add_child(
        instance=WebinarPage(
            title="Мамлекеттик онлайн кызматтар",
            speakers="Айгүл Өмүрова",
            start=start,
            capacity=50,
            join_url="https://zoom.example/j/1",
            recording_counts=True,
        )
    )
    UserFactory(email="aigul@example.kg", preferred_language="ky")
    serve_media(page, tmp_path)

    sign_in(page, "aigul@example.kg")
    page.goto(webinar.url)
    page.get_by_role("button", name=translated("Register")).click()
    page.get_by_text(
        translated("You are registered. A confirmation email is on its way.")
    ).wait_for()
    assert Registration.objects.get(user__email="aigul@example.kg").status == "registered"
    assert "zoom.example" not in page.content()  # two days before: no join link yet

    # After the event: the recording with captions in two languages.
    webinar = WebinarPage.objects.get(pk=webinar.pk)
    webinar.recording = get_media_model().objects.create(
        title="Жазуу", type="video", duration=1, file=ContentFile(silent_wav(), name="talk.wav")
    )
    webinar.save_revision().publish()
    for language, text in (("ru", VTT_RU), ("ky", VTT_KY)):
        Caption.objects.create(
            webinar=webinar,
            language=language,
            file=ContentFile(text.encode(), name=f"{language}.vtt"),
        )
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.reload()
    video = page.locator("video")
    assert video.get_attribute("preload") == "none"
    assert not [url for url in requested if url.endswith(".wav")]  # nothing loaded before play
    tracks = page.evaluate(
        "() => Array.from(document.querySelector('video').textTracks)"
        ".map(t => [t.language, t.mode])"
    )
    assert ["ky", "showing"] in tracks and ["ru", "disabled"] in tracks
    page.evaluate("() => document.querySelector('video').play()")
    page.wait_for_function("() => document.querySelector('video').ended", timeout=10_000)
    cue = page.evaluate(
        "() => Array.from(document.querySelector('video').textTracks)"
        ".find(t => t.language === 'ky').cues[0].text"
    )
    assert cue == "Саламатсызбы, Теңдик!"
    for _ in range(20):
        if Registration.objects.get(user__email="aigul@example.kg").attended:
            break
        page.wait_for_timeout(250)
    registration = Registration.objects.get(user__email="aigul@example.kg")
    assert registration.watched_recording_at is not None
    # Counted from the player's reports, not from one request at the end.
    viewing = RecordingViewing.objects.get(registration=registration)
    assert viewing.seconds_covered >= 0.9 and viewing.reports >= 2


def test_a_viewer_in_warsaw_sees_her_own_time(page, live_server):
    home = Page.objects.get(depth=2)
    series = home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))
    webinar = series.add_child(
        instance=WebinarPage(
            title="Үй-бүлөлүк зомбулуктун алдын алуу",
            start=datetime(2026, 12, 1, 15, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Bishkek")),
            capacity=50,
        )
    )
    warsaw = page.context.browser.new_context(
        base_url=live_server.url, locale="ky-KG", timezone_id="Europe/Warsaw"
    )
    viewer = warsaw.new_page()
    viewer.goto(webinar.url)
    note = viewer.locator(".local-time").inner_text()
    # The zone as a person reads it, in the page's language; never its code.
    assert "(Варшава): 01.12.2026, 10:00" in note and "Europe/" not in note
    warsaw.close()
    bishkek = page.context.browser.new_context(
        base_url=live_server.url, locale="ky-KG", timezone_id="Asia/Bishkek"
    )
    viewer = bishkek.new_page()
    viewer.goto(webinar.url)
    viewer.wait_for_load_state("load")  # the deferred script has run
    assert viewer.locator(".local-time").count() == 0
    assert "15:00" in viewer.locator("time").inner_text()
    bishkek.close()


def test_a_registered_viewer_in_warsaw_sees_when_the_join_link_appears_in_her_time(
    page, live_server
):
    home = Page.objects.get(depth=2)
    series = home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))
    start = datetime(2030, 3, 5, 15, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Bishkek"))
    webinar = series.add_child(
        instance=WebinarPage(
            title="Мамлекеттик онлайн кызматтар",
            start=start,
            capacity=50,
            join_url="https://zoom.example/j/1",
            join_opens_minutes=15,
        )
    )
    learner = UserFactory(email="jyldyz@example.kg", preferred_language="ky")
    Registration.objects.create(
        user=learner, webinar_key=webinar.translation_key, status="registered", position=1
    )
    warsaw = page.context.browser.new_context(
        base_url=live_server.url, locale="pl-PL", timezone_id="Europe/Warsaw"
    )
    viewer = warsaw.new_page()
    sign_in(viewer, "jyldyz@example.kg")
    viewer.goto(webinar.url)
    join_note = viewer.locator(".register-box .local-time").inner_text()
    # 14:45 in Bishkek (UTC+6) is 09:45 in Warsaw (UTC+1 in March).
    assert "(Варшава): 05.03.2030, 09:45" in join_note
    warsaw.close()
