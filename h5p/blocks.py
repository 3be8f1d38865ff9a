from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from h5p.chooser import h5p_chooser_viewset

H5PPackageChooserBlock = h5p_chooser_viewset.get_block_class(
    name="H5PPackageChooserBlock", module_path="h5p.blocks"
)


class H5PBlock(blocks.StructBlock):
    """An H5P activity in a lesson. The lesson page carries only a button; the player loads
    when the learner presses it."""

    package = H5PPackageChooserBlock(label=_("H5P package"))
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"),
        required=False,
        min_value=1,
        max_value=100,
        help_text=_(
            "The best score a learner needs for the activity to count as done. Leave empty "
            "to count it done when she completes it (for content without a score)."
        ),
    )

    class Meta:
        icon = "media"
        label = _("H5P activity")
        # Every course completed earns a certificate; this result is the browser's word.
        help_text = _(
            "H5P results are reported by the learner's browser, so a determined learner can "
            "forge them. Where the course's certificate matters, pair this activity with a quiz "
            "in the same course: quizzes are graded by the server."
        )
        template = "h5p/blocks/h5p_block.html"

    def clean(self, value):
        value = super().clean(value)
        package = value.get("package")
        if package is not None and not package.is_ready:
            raise blocks.StructBlockValidationError(
                block_errors={"package": ValidationError(_("This package is not ready to play."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        from courses.selectors import sees_learners_of
        from h5p.selectors import Activity, result_for

        context = super().get_context(value, parent_context=parent_context)
        # The lesson template passes the lesson, its course and the block's id.
        page, course, block_id = (context.get(name) for name in ("page", "course", "block_id"))
        package = value.get("package")
        activity = None
        if page is not None and course is not None and block_id and package and package.is_ready:
            activity = Activity(
                lesson=page,
                course=course,
                block_id=block_id,
                package=package,
                pass_mark=value.get("pass_mark") or None,
            )
        context["activity"] = activity
        if activity is not None:
            request = context.get("request")
            user = getattr(request, "user", None)
            context["result"] = result_for(context.get("enrolment"), activity)
            context["sees_results"] = user is not None and sees_learners_of(user, activity.course)
        return context
