"""The demo webinar series of scenario 5: online public services (held in Kyrgyz, still to come)
and preventing domestic violence (held in Russian, over, with its recording, captions in Kyrgyz
and Russian, a transcript, and the attendance report imported). The pages are in Kyrgyz, Russian
and English, like the rest of the demo (texts in demo/content/webinars.yaml, the meeting's
attendance report in demo/content/webinars/). Running it again changes nothing.

The recording is made here with espeak-ng and ffmpeg when both are installed (it is kept in
MEDIA_ROOT, out of git); without them the demo says so and goes on without the media."""

import shutil
import subprocess
import tempfile
import zoneinfo
from datetime import timedelta
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page, Site

from demo import content
from people.models import User
from people.roles import Role
from webinars.models import AttendanceRow, Caption, Registration, WebinarPage, WebinarSeriesPage
from webinars.services import attendance_import

BISHKEK = zoneinfo.ZoneInfo("Asia/Bishkek")
FILES = content.CONTENT / "webinars"
LANGUAGES = ("ky", "ru", "en")

CONTENT = content.load("webinars")
SERIES = CONTENT["series"]
# The recording's captions, in the languages it has them.
CUES = {
    language: [(cue["start"], cue["end"], cue["text"]) for cue in cues]
    for language, cues in CONTENT["cues"].items()
}
WEBINARS = CONTENT["webinars"]


def _values(node: dict, language: str) -> dict:
    return {
        key: value[language] if isinstance(value, dict) else value
        for key, value in node.items()
        if key != "slug"
    }


def _ensure(model, parents: dict, node: dict, defaults: dict) -> dict:
    pages = {}
    for language in LANGUAGES:
        values = _values(node, language)
        if language == "ky":
            page = model.objects.child_of(parents["ky"]).filter(slug=node["slug"]).first()
            if page is None:
                page = model(slug=node["slug"], **defaults, **values)
                parents["ky"].add_child(instance=page)
                page.save_revision().publish()
        else:
            page = pages["ky"].get_translation_or_none(Locale.objects.get(language_code=language))
            if page is None:
                page = pages["ky"].copy_for_translation(Locale.objects.get(language_code=language))
                for key, value in values.items():
                    setattr(page, key, value)
                page.save_revision().publish()
        pages[language] = page.specific
    return pages


@transaction.atomic
def seed_webinars(out=print) -> list[WebinarPage]:
    home = Site.objects.get(is_default_site=True).root_page.specific
    homes = {
        language: home.get_translation(Locale.objects.get(language_code=language))
        for language in LANGUAGES
    }
    series = _ensure(WebinarSeriesPage, homes, SERIES, {})
    for page in series.values():
        _grant_coordinators(page)
    next_week = (timezone.now() + timedelta(days=7)).astimezone(BISHKEK)
    start = next_week.replace(hour=15, minute=0, second=0, microsecond=0)
    services = _ensure(WebinarPage, series, WEBINARS[0], {"start": start})
    violence = _ensure(WebinarPage, series, WEBINARS[1], {})
    _register(services["ky"], violence["ky"])
    _recording(violence, out)
    return [services["ky"], violence["ky"]]


def _grant_coordinators(series: Page) -> None:
    """Coordinators organise the webinars: they add, change and publish them in the admin."""
    coordinators = Group.objects.get(name=Role.COORDINATOR)
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=coordinators,
            page=series,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def _register(upcoming: WebinarPage, past: WebinarPage) -> None:
    """Registrations made directly (no confirmation emails to the demo accounts)."""
    people = {p.email: p for p in User.objects.filter(email__endswith="@demo.tendik.kg")}
    for webinar, emails in (
        (upcoming, ("learner@demo.tendik.kg", "nurlan@demo.tendik.kg", "bermet@demo.tendik.kg")),
        (past, ("learner@demo.tendik.kg", "nurlan@demo.tendik.kg", "jyldyz@demo.tendik.kg")),
    ):
        if Registration.objects.filter(webinar_key=webinar.translation_key).exists():
            continue
        for position, email in enumerate(emails, start=1):
            if email in people:
                Registration.objects.create(
                    user=people[email],
                    webinar_key=webinar.translation_key,
                    status=Registration.Status.REGISTERED,
                    position=position,
                    registered_at=min(timezone.now(), webinar.start - timedelta(days=5)),
                )
    if not AttendanceRow.objects.filter(webinar_key=past.translation_key).exists():
        attendance_import(webinar=past, data=(FILES / "attendance-violence.csv").read_bytes())


def _recording(pages: dict, out) -> None:
    webinar = pages["ky"]
    for language in CUES:
        if not webinar.captions.filter(language=language).exists():
            text = "WEBVTT\n\n" + "\n".join(
                f"{start} --> {end}\n{cue}\n" for start, end, cue in CUES[language]
            )
            Caption.objects.create(
                webinar=webinar,
                language=language,
                file=ContentFile(text.encode(), name=f"violence-{language}.vtt"),
            )
    # wagtail-localize keeps the captions of the source page; the Russian page gets its own.
    for page in pages.values():
        if page.pk != webinar.pk and not page.captions.exists():
            for caption in webinar.captions.all():
                Caption.objects.create(
                    webinar=page, language=caption.language, file=caption.file.name
                )
    if webinar.recording_id:
        return
    espeak, ffmpeg = shutil.which("espeak-ng"), shutil.which("ffmpeg")
    if not (espeak and ffmpeg):
        out("Webinars: espeak-ng or ffmpeg is missing, so the demo recording is not made.")
        return
    video, audio = _make_media(espeak, ffmpeg, " ".join(cue for _s, _e, cue in CUES["ru"]))
    for page in pages.values():
        page = Page.objects.get(pk=page.pk).specific
        page.recording, page.audio = video, audio
        page.save_revision().publish()


def _make_media(espeak: str, ffmpeg: str, text: str):
    from wagtailmedia.models import get_media_model

    Media = get_media_model()
    with tempfile.TemporaryDirectory() as folder:
        speech, video, audio = (Path(folder) / n for n in ("s.wav", "v.webm", "a.ogg"))
        subprocess.run([espeak, "-v", "ru", "-w", str(speech), text], check=True)  # noqa: S603
        subprocess.run(  # noqa: S603 (fixed arguments, tools found by shutil.which)
            [ffmpeg, "-loglevel", "error", "-y", "-f", "lavfi", "-i",
             "color=c=0x5b2a86:s=640x360:r=10", "-i", str(speech), "-shortest",
             "-c:v", "libvpx", "-b:v", "200k", "-c:a", "libvorbis", str(video)],
            check=True,
        )  # fmt: skip
        subprocess.run(  # noqa: S603 (fixed arguments, tools found by shutil.which)
            [ffmpeg, "-loglevel", "error", "-y", "-i", str(speech), "-c:a", "libvorbis",
             "-q:a", "2", str(audio)],
            check=True,
        )  # fmt: skip
        made = []
        for path, kind, title in ((video, "video", "Видео"), (audio, "audio", "Аудио")):
            made.append(
                Media.objects.create(
                    title=f"Үй-бүлөлүк зомбулук · {title}",
                    type=kind,
                    duration=15,
                    file=ContentFile(path.read_bytes(), name=f"violence{path.suffix}"),
                )
            )
    return made
