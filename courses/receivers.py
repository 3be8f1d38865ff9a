from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.models import Page

from courses.models import Track
from courses.selectors import is_placeholder
from courses.services import trainer_qualify
from courses.signals import course_completed


@receiver(course_completed, dispatch_uid="courses.trainer_qualification")
def qualify_trainer(sender, enrolment, course, **kwargs):
    if course.track == Track.TOT:
        trainer_qualify(user=enrolment.user, course=course)


@receiver(pre_save, dispatch_uid="courses.hide_placeholder_aliases")
def hide_placeholder_aliases(sender, instance, **kwargs):
    """wagtail-localize fills a language's tree with aliases of pages not translated yet (tree
    sync, or the parents of a page sent for translation). They carry the other language's text,
    so they are never live: Russian learners see no Kyrgyz page as if it were Russian. Wagtail
    makes aliases live again whenever their source is published, hence a rule on every save."""
    placeholder = isinstance(instance, Page) and instance.alias_of_id and instance.live
    if placeholder and is_placeholder(instance):
        instance.live = False
