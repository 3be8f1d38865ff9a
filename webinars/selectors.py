"""Reads about webinars: a person's registration and what the page shows her."""

import zoneinfo
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from people.language import current_language
from webinars.models import Registration, WebinarPage

BISHKEK = zoneinfo.ZoneInfo("Asia/Bishkek")
BLOCK_TYPE = "webinar"


def in_zone(moment: datetime, zone: str) -> datetime:
    """`moment` (aware, stored in UTC) as read in the time zone `zone`."""
    return moment.astimezone(zoneinfo.ZoneInfo(zone))


def registration_for(user, webinar: WebinarPage) -> Registration | None:
    if user is None or not user.is_authenticated:
        return None
    return Registration.objects.filter(user=user, webinar_key=webinar.translation_key).first()


def places_taken(webinar: WebinarPage) -> int:
    return Registration.objects.filter(
        webinar_key=webinar.translation_key, status=Registration.Status.REGISTERED
    ).count()


def join_link_for(user, webinar: WebinarPage, registration: Registration | None, now=None) -> str:
    """The join link, for a registered person only, from `join_opens_minutes` before the start
    until the end."""
    now = now or timezone.now()
    if registration is None or not registration.is_registered or not webinar.join_url:
        return ""
    if not webinar.join_opens_at() <= now <= webinar.end:
        return ""
    return webinar.join_url


def webinar_context(*, webinar: WebinarPage, request) -> dict:
    now = timezone.now()
    registration = registration_for(request.user, webinar)
    taken = places_taken(webinar)
    names = dict(settings.LANGUAGES)
    captions = [
        {"language": c.language, "url": c.file.url, "label": names.get(c.language, c.language)}
        for c in webinar.captions.all()
    ]
    return {
        "registration": registration,
        "places_left": max(0, webinar.capacity - taken),
        "started": webinar.has_started(now),
        "ended": now >= webinar.end,
        "join_link": join_link_for(request.user, webinar, registration, now),
        "join_opens_at": webinar.join_opens_at(),
        "start_bishkek": in_zone(webinar.start, "Asia/Bishkek"),
        "captions": captions,
        "caption_default": next(
            (c["language"] for c in captions if c["language"] == current_language()),
            captions[0]["language"] if captions else "",
        ),
        "listen": request.GET.get("listen") == "audio" and webinar.audio_id,
        "sees_report": request.user.is_authenticated and sees_report(request.user),
        # Only a registered person's watching can count (webinars.services.recording_progress).
        "reports_progress": bool(
            webinar.recording_counts
            and webinar.recording_seconds
            and registration is not None
            and registration.is_registered
        ),
        "report_seconds": f"{report_seconds():g}",
    }


def report_seconds() -> float:
    """How often the player reports what it played (settings.WEBINAR_REPORT_SECONDS)."""
    return float(getattr(settings, "WEBINAR_REPORT_SECONDS", 15))


def sees_report(user) -> bool:
    from people.roles import Role, has_role

    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)
