from django.dispatch import receiver

from courses.models import Track
from courses.services import trainer_qualify
from courses.signals import course_completed


@receiver(course_completed, dispatch_uid="courses.trainer_qualification")
def qualify_trainer(sender, enrolment, course, **kwargs):
    if course.track == Track.TOT:
        trainer_qualify(user=enrolment.user, course=course)
