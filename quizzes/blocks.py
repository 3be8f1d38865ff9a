"""The quiz block a trainer places in a lesson (added to lessons by LESSON_ACTIVITY_BLOCKS)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class QuizBlock(blocks.StructBlock):
    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Quiz"))
    required = blocks.BooleanBlock(
        label=_("Required for completion"),
        required=False,
        default=True,
        help_text=_("A learner must pass this quiz to complete the course."),
    )

    class Meta:
        icon = "form"
        label = _("Quiz")
        template = "quizzes/blocks/quiz_block.html"

    def get_context(self, value, parent_context=None):
        # Imported here: courses' lesson model imports this block while its models load.
        from core.i18n import in_locale
        from courses.selectors import sees_learners_of
        from quizzes.selectors import quiz_state

        context = super().get_context(value, parent_context=parent_context)
        page, quiz = context.get("page"), value["quiz"]
        if quiz is not None and page is not None:
            quiz = in_locale(quiz, page.locale)
            enrolment = context.get("enrolment")
            request = context.get("request")
            context.update(
                quiz=quiz,
                state=quiz_state(
                    enrolment=enrolment, lesson=page, block_id=context["block_id"], quiz=quiz
                )
                if enrolment is not None and enrolment.is_active
                else None,
                sees_report=request is not None
                and sees_learners_of(request.user, context["course"]),
            )
        return context
