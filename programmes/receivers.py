"""What moves a programme on: a course completed, a face-to-face training completed, a webinar
attended (each sent after its own commit)."""

from django.db import transaction
from django.dispatch import receiver

from courses.signals import course_completed
from programmes.services import programmes_advance_for
from trainings.completion import account_of
from trainings.signals import session_completed
from webinars.signals import webinar_attended


@receiver(course_completed, dispatch_uid="programmes.course_completed")
def on_course_completed(sender, enrolment, **kwargs):
    with transaction.atomic():
        programmes_advance_for(enrolment.user)


@receiver(session_completed, dispatch_uid="programmes.session_completed")
def on_session_completed(sender, registration, **kwargs):
    with transaction.atomic():
        programmes_advance_for(account_of(registration.participant))


@receiver(webinar_attended, dispatch_uid="programmes.webinar_attended")
def on_webinar_attended(sender, registration, **kwargs):
    with transaction.atomic():
        programmes_advance_for(registration.user)
