from celery.signals import worker_process_init, worker_ready
from django.conf import settings
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from certificates.programme_certificates import certificate_issue_for_programme
from certificates.services import (
    certificate_issue,
    certificate_issue_for_training,
    certificate_issue_for_webinar,
    certificates_claim,
    certificates_erase_holder,
)
from courses.signals import course_completed
from programmes.signals import programme_completed
from trainings.models import Participant
from trainings.signals import session_completed
from webinars.signals import webinar_attended


@receiver(course_completed, dispatch_uid="certificates.issue")
def issue_certificate(sender, enrolment, course, **kwargs):
    certificate_issue(enrolment=enrolment, course=course)


@receiver(webinar_attended, dispatch_uid="certificates.issue_for_webinar")
def issue_participation_certificate(sender, registration, **kwargs):
    certificate_issue_for_webinar(registration=registration)


@receiver(session_completed, dispatch_uid="certificates.issue_for_training")
def issue_training_certificate(sender, registration, hours=None, **kwargs):
    certificate_issue_for_training(registration=registration, hours=hours)


@receiver(programme_completed, dispatch_uid="certificates.issue_for_programme")
def issue_programme_certificate(sender, enrolment, **kwargs):
    certificate_issue_for_programme(enrolment=enrolment)


@receiver(post_save, sender=Participant, dispatch_uid="certificates.claim")
def claim_certificates(sender, instance, **kwargs):
    """A light record that now has an account (claimed, or linked by a coordinator): her
    certificates follow her. Whoever sets `user` with a queryset update calls
    `certificates_claim` itself."""
    if instance.user_id is not None:
        certificates_claim(participant=instance)


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL, dispatch_uid="certificates.erase_holder")
def erase_holder(sender, instance, **kwargs):
    """Every way an account is deleted (her own page, the user admin and its bulk action, code)
    sends this, one account at a time, before the rows go."""
    certificates_erase_holder(user=instance)


@worker_ready.connect(dispatch_uid="certificates.resume")
def resume_unfinished_work(**kwargs):
    """A worker that starts takes up what a stopped worker (or a broker that was down) left:
    certificates still waiting for their PDF, and unfinished print jobs."""
    from certificates.print_jobs import print_jobs_resume
    from certificates.services import certificates_render_pending

    certificates_render_pending()
    print_jobs_resume()


@worker_process_init.connect(dispatch_uid="certificates.warm_up")
def warm_up_renderer(**kwargs):
    from certificates.rendering import warm_up

    warm_up()
