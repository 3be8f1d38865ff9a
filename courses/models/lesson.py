from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LessonStreamBlock


class LessonPage(Page):
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("A learner must complete this lesson to complete the course."),
    )
    minutes = models.PositiveSmallIntegerField(_("minutes to read"), default=10)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    settings_panels = [*Page.settings_panels, FieldPanel("required"), FieldPanel("minutes")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        from courses.views import lesson_serve

        return lesson_serve(request, self)
