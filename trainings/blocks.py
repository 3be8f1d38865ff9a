"""The face-to-face block a course author places in a lesson of a blended course (added to lessons
by LESSON_ACTIVITY_BLOCKS): the learner completes the lesson by completing a face-to-face session
of this course (trainings.completion.FACE_TO_FACE_ACTIVITY)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class FaceToFaceBlock(blocks.StructBlock):
    # The target is the course itself: a block names no session, any session of the course does.
    # `required` is therefore also the field the completion contract reads as the block's target:
    # a block that is not required is no activity at all.
    required = blocks.BooleanBlock(
        label=_("Required for completion"),
        required=False,
        default=True,
        help_text=_(
            "A learner must complete a face-to-face session of this course (attend the required "
            "share of its hours, and pass its post-test where it has one) to complete the course."
        ),
    )
    note = blocks.CharBlock(
        label=_("Note for learners"),
        required=False,
        max_length=300,
        help_text=_("For example, where and when sessions are usually held."),
    )

    class Meta:
        icon = "group"
        label = _("Face-to-face session")
        template = "trainings/completion/face_to_face_block.html"

    def get_context(self, value, parent_context=None):
        # Imported here: courses' lesson model imports this block while its models load.
        from courses.selectors import course_of
        from trainings.completion import completed_registration_for

        context = super().get_context(value, parent_context=parent_context)
        page, request = context.get("page"), context.get("request")
        user = request.user if request is not None else None
        if page is not None:
            context["completed"] = completed_registration_for(user, course_of(page))
        return context
