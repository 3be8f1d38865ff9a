from celery.signals import worker_ready
from django.dispatch import receiver

from certificates.services import certificate_issue
from courses.signals import course_completed


@receiver(course_completed, dispatch_uid="certificates.issue")
def issue_certificate(sender, enrolment, course, **kwargs):
    certificate_issue(enrolment=enrolment, course=course)


@worker_ready.connect(dispatch_uid="certificates.resume_print_jobs")
def resume_print_jobs(**kwargs):
    """A worker that starts takes up the print jobs a stopped worker left unfinished."""
    from certificates.print_jobs import print_jobs_resume

    print_jobs_resume()
