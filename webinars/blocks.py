"""The webinar block a trainer places in a lesson (added to lessons by LESSON_ACTIVITY_BLOCKS)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class WebinarBlock(blocks.StructBlock):
    webinar = blocks.PageChooserBlock(page_type="webinars.WebinarPage", label=_("Webinar"))
    required = blocks.BooleanBlock(
        label=_("Required for completion"),
        required=False,
        default=True,
        help_text=_(
            "A learner must attend this webinar (or watch its recording) to complete the course."
        ),
    )

    class Meta:
        icon = "date"
        label = _("Webinar")
        template = "webinars/blocks/webinar_block.html"

    def get_context(self, value, parent_context=None):
        # Imported here: courses' lesson model imports this block while its models load.
        from core.i18n import in_locale
        from webinars.selectors import registration_for

        context = super().get_context(value, parent_context=parent_context)
        page, webinar = context.get("page"), value["webinar"]
        if webinar is not None:
            webinar = in_locale(webinar.specific, page.locale if page else None)
            request = context.get("request")
            context.update(
                webinar=webinar,
                registration=registration_for(request.user if request else None, webinar),
            )
        return context
