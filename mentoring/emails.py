"""Emails about mentoring, each in its recipient's language, kept in the outbox in the
caller's transaction (outbox.services.email_queue)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from outbox.services import email_queue


def _queue(person, template: str, context: dict, url_name: str, pk: int) -> None:
    language = person.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        context = {**context, "person": person, "url": base + reverse(url_name, args=[pk])}
        subject = render_to_string(f"mentoring/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"mentoring/email/{template}.txt", context)
    email_queue(to=person.email, subject=subject, body=body, language=language)


def send(request, kind: str, *, to) -> None:
    """`kind`: request (to the mentor), proposal (to both), accepted or declined (to the
    mentee)."""
    _queue(to, kind, {"request": request, "kind": kind}, "mentoring:request", request.pk)


def send_ended(agreement) -> None:
    for person in (agreement.mentor, agreement.mentee):
        _queue(person, "ended", {"agreement": agreement}, "mentoring:agreement", agreement.pk)
