from django.db import models
from django.template.response import TemplateResponse
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
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(lesson=self, user=request.user))
        return context

    def serve(self, request, *args, **kwargs):
        """The body is for enrolled learners, the course's trainers, coordinators and
        administrators; anyone else gets the course's offer to enrol instead. An active
        learner's visit is recorded (where she continues)."""
        from courses.services import lesson_visit

        context = self.get_context(request, *args, **kwargs)
        if not context["can_read"]:
            return TemplateResponse(request, "courses/lesson_locked.html", context, status=403)
        enrolment = context["enrolment"]
        if enrolment is not None and enrolment.is_active:
            lesson_visit(enrolment=enrolment, lesson=self)
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)
