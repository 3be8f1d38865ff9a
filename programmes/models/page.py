from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from courses.models import EnrolmentMode
from programmes.blocks import RequirementsBlock


class ProgrammePage(Page):
    """A series of courses, face-to-face trainings and webinars that earns a programme
    certificate. It lives in the catalogue beside the courses and goes through the same approval
    workflow."""

    summary = models.TextField(_("summary"), max_length=600)
    outcomes = RichTextField(_("learning outcomes"), blank=True, features=["ul", "ol", "bold"])
    duration = models.CharField(
        _("duration"), max_length=60, blank=True, help_text=_("As learners read it: “10 months”.")
    )
    audience = ParentalManyToManyField(
        "people.TargetGroup", verbose_name=_("audience"), blank=True, related_name="programmes"
    )
    enrolment_mode = models.CharField(
        _("enrolment"), max_length=12, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    requirements = StreamField(RequirementsBlock(), verbose_name=_("requirements"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(_("cover image description"), max_length=250, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [FieldPanel("duration"), FieldPanel("audience"), FieldPanel("enrolment_mode")],
            heading=_("About"),
        ),
        FieldPanel("requirements"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("outcomes"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("outcomes"),
        TranslatableField("duration"),
        TranslatableField("requirements"),
        TranslatableField("cover_alt"),
        SynchronizedField("slug"),
        SynchronizedField("audience"),
        SynchronizedField("enrolment_mode"),
        SynchronizedField("cover_image"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme")

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_alt.strip():
            raise ValidationError(
                {"cover_alt": _("Describe the cover image for people who cannot see it.")}
            )
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
