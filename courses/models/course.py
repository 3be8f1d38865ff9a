from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from people.roles import Role

from .catalogue import CatalogueEntry


class EnrolmentMode(models.TextChoices):
    OPEN = "open", _("Open to everyone")
    KEY = "key", _("With an enrolment key")
    COORDINATOR = "coordinator", _("By a coordinator only")


class CoursePage(CatalogueEntry):
    hours = models.DecimalField(_("duration in hours"), max_digits=5, decimal_places=1, default=1)
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="required_by",
        help_text=_("Courses a learner must complete before enrolling in this one."),
    )
    qualifies_for = ParentalManyToManyField(
        "self",
        verbose_name=_("qualifies trainers for"),
        symmetrical=False,
        blank=True,
        related_name="qualified_by",
        help_text=_("For a trainer-of-trainers course: the courses its graduates may teach."),
    )
    # Only people holding the Trainer role are offered (and accepted): the editor's list must not
    # show a trainer every learner's name, survivors' included.
    trainers = ParentalManyToManyField(
        "people.User",
        verbose_name=_("trainers"),
        blank=True,
        related_name="courses_trained",
        limit_choices_to={"groups__name": Role.TRAINER.value},
    )
    enrolment_mode = models.CharField(
        _("enrolment"), max_length=12, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    enrolment_key = models.CharField(_("enrolment key"), max_length=60, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [FieldPanel("hours"), FieldPanel("track"), FieldPanel("audience")], heading=_("About")
        ),
        MultiFieldPanel(
            [
                FieldPanel("enrolment_mode"),
                FieldPanel("enrolment_key"),
                FieldPanel("prerequisites"),
                FieldPanel("qualifies_for"),
                FieldPanel("trainers"),
            ],
            heading=_("Enrolment"),
        ),
        MultiFieldPanel(CatalogueEntry.cover_panels, heading=_("Cover")),
    ]
    translatable_fields = [
        *CatalogueEntry.translatable_fields,
        SynchronizedField("hours"),
        SynchronizedField("prerequisites"),
        SynchronizedField("qualifies_for"),
        SynchronizedField("trainers"),
        SynchronizedField("enrolment_mode"),
        SynchronizedField("enrolment_key"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if self.enrolment_mode == EnrolmentMode.KEY and not self.enrolment_key.strip():
            raise ValidationError({"enrolment_key": _("Set the key learners must enter.")})

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(course=self, user=request.user))
        return context


class ModulePage(Page):
    summary = models.TextField(_("summary"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_context

        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        context.update(course_context(course=course, user=request.user))
        return context
