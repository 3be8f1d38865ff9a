"""Emails about a webinar, written in the registrant's preferred language and kept in the outbox
(outbox.services.email_queue). Each is recorded in ReminderSent before it is queued, in the
same transaction, so that it goes out once."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from core.i18n import in_locale
from outbox.services import email_queue
from webinars.models import ReminderSent, WebinarPage
from webinars.selectors import in_zone


def email_once(*, registration, webinar: WebinarPage, kind: str) -> bool:
    """Record and queue one email of `kind`; False when it was already sent."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(registration=registration, kind=kind)
            person = registration.user
            language = person.preferred_language or settings.LANGUAGE_CODE
            with translation.override(language):
                page = in_locale(webinar, language)
                context = {
                    "person": person,
                    "webinar": page,
                    "kind": kind,
                    "registration": registration,
                    "start": in_zone(page.start, settings.TIME_ZONE),
                    "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + page.url,
                }
                subject = render_to_string("webinars/email/subject.txt", context).strip()
                body = render_to_string("webinars/email/body.txt", context)
            email_queue(to=person.email, subject=subject, body=body, language=language)
    except IntegrityError:
        return False
    return True
