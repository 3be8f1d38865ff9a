from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.models import CatalogueEntry, EnrolmentMode
from programmes.blocks import RequirementsBlock


class ProgrammePage(CatalogueEntry):
    """A series of courses, face-to-face trainings and webinars that earns a programme
    certificate. It lives in the catalogue beside the courses and goes through the same approval
    workflow. Its track (the catalogue's filter) says whom it prepares: learners, or trainers
    (a trainer-of-trainers programme)."""

    catalogue_card = "programmes/includes/programme_card.html"

    duration = models.CharField(
        _("duration"), max_length=60, blank=True, help_text=_("As learners read it: “10 months”.")
    )
    enrolment_mode = models.CharField(
        _("enrolment"), max_length=12, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    requirements = StreamField(RequirementsBlock(), verbose_name=_("requirements"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("duration"),
                FieldPanel("track"),
                FieldPanel("audience"),
                FieldPanel("enrolment_mode"),
            ],
            heading=_("About"),
        ),
        FieldPanel("requirements"),
        MultiFieldPanel(CatalogueEntry.cover_panels, heading=_("Cover")),
    ]
    translatable_fields = [
        *CatalogueEntry.translatable_fields,
        TranslatableField("duration"),
        TranslatableField("requirements"),
        SynchronizedField("enrolment_mode"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    @property
    def item_count(self) -> int:
        """How many items its requirements name, read from the stored value (no query)."""
        return sum(
            len(block["value"].get("items", []))
            for block in self.requirements.raw_data
            if block.get("type") == "requirement_set"
        )

    def clean(self):
        super().clean()
        if self.enrolment_mode == EnrolmentMode.KEY:
            raise ValidationError(
                {"enrolment_mode": _("A programme is open, or enrolled in by a coordinator.")}
            )
        from programmes.selectors import order_loops

        loops = order_loops(self)
        if loops:
            raise ValidationError({"requirements": loops})

    def get_context(self, request, *args, **kwargs):
        from programmes.selectors import programme_context

        context = super().get_context(request, *args, **kwargs)
        context.update(programme_context(programme=self, user=request.user))
        return context
