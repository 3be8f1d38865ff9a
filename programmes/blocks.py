"""A programme's requirements: an ordered list of requirement sets, each "all of these" or "any N
of these" (electives), optionally in order, over items that are a course, a face-to-face session
of a course, or a webinar (a single webinar or a whole series)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class Rule:
    ALL = "all"
    ANY = "any"
    CHOICES = [(ALL, _("All of these")), (ANY, _("Any N of these (electives)"))]


class Kind:
    COURSE = "course"
    SESSION = "session"
    WEBINAR = "webinar"


class ItemsBlock(blocks.StreamBlock):
    course = blocks.PageChooserBlock(
        page_type="courses.CoursePage", label=_("Course"), help_text=_("Completed online.")
    )
    session = blocks.PageChooserBlock(
        page_type="courses.CoursePage",
        label=_("Face-to-face training"),
        help_text=_("A face-to-face training of this course, completed."),
    )
    webinar = blocks.PageChooserBlock(
        page_type=["webinars.WebinarPage", "webinars.WebinarSeriesPage"],
        label=_("Webinar"),
        help_text=_("A webinar attended; for a series, any one webinar of it."),
    )


class RequirementSetBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    rule = blocks.ChoiceBlock(choices=Rule.CHOICES, default=Rule.ALL, label=_("rule"))
    count = blocks.IntegerBlock(
        label=_("how many (for electives)"), min_value=1, required=False, default=1
    )
    ordered = blocks.BooleanBlock(
        label=_("in order"),
        required=False,
        help_text=_("Each item opens when the one before it is complete."),
    )
    items = ItemsBlock(label=_("items"), min_num=1)

    class Meta:
        label = _("Requirement set")
        icon = "list-ol"

    def clean(self, value):
        value = super().clean(value)
        if value["rule"] == Rule.ANY and (value["count"] or 1) > len(value["items"]):
            raise StructBlockValidationError(
                block_errors={
                    "count": ValidationError(
                        _("This set has %(items)s items: it cannot ask for %(count)s.")
                        % {"items": len(value["items"]), "count": value["count"]}
                    )
                }
            )
        return value


class RequirementsBlock(blocks.StreamBlock):
    requirement_set = RequirementSetBlock()

    class Meta:
        min_num = 1
