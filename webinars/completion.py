"""The webinar part of the completion contract: a webinar block is a required activity of its
lesson when it says so, met once its person attended the webinar (or watched its recording,
when the webinar lets that count)."""

from django.utils.translation import gettext as _

from courses.completion import ActivityKind
from webinars.models import Registration, WebinarPage
from webinars.selectors import BLOCK_TYPE


def webinars_met(pairs) -> set:
    """A webinar block is met once its person attended the webinar. Two reads, whatever the
    number."""
    ids = {activity.target for _enrolment, activities in pairs for activity in activities}
    keys = dict(WebinarPage.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    attended = set(
        Registration.objects.filter(
            user_id__in={enrolment.user_id for enrolment, _activities in pairs},
            webinar_key__in=set(keys.values()),
            attended_at__isnull=False,
        ).values_list("user_id", "webinar_key")
    )
    return {
        (enrolment.pk, activity.lesson.translation_key, activity.block_id)
        for enrolment, activities in pairs
        for activity in activities
        if (enrolment.user_id, keys.get(activity.target)) in attended
    }


def webinar_todo(lesson_title: str) -> str:
    # Translators: what is still missing to complete a course.
    return _("Attend the webinar in lesson “%(lesson)s”") % {"lesson": lesson_title}


WEBINAR_ACTIVITY = ActivityKind(
    block_type=BLOCK_TYPE, target_field="webinar", todo=webinar_todo, met=webinars_met
)
