from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Track(models.TextChoices):
    COURSE = "course", _("Course")
    TOT = "tot", _("Trainer-of-trainers")


class AudienceField(ParentalManyToManyField):
    """The target groups an entry is for. Its related name is a pattern ("%(app_label)s": a
    target group's `courses` and `programmes`); migrations are written with the name each model
    ends up with, as they were before the field was shared, so that sharing it changed nothing
    stored."""

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["related_name"] = self.remote_field.related_name
        return name, "modelcluster.fields.ParentalManyToManyField", args, kwargs


class CatalogueEntry(Page):
    """What the catalogue lists and filters on, shared by every kind of page in it (a course, a
    programme): the summary and outcomes it is searched by, the audience (the `group` filter),
    the track (the `track` filter) and the cover. A kind of entry is a child page type of
    `CourseIndexPage` that inherits this; `courses.selectors.catalogue_for` reads each of them in
    a fixed number of queries and shows each entry with its model's `catalogue_card` template,
    so that `courses` never imports the apps whose pages stand in its catalogue."""

    catalogue_card = "courses/includes/course_card.html"

    summary = models.TextField(_("summary"), max_length=600)
    outcomes = RichTextField(_("learning outcomes"), blank=True, features=["ul", "ol", "bold"])
    audience = AudienceField(
        "people.TargetGroup",
        verbose_name=_("audience"),
        blank=True,
        related_name="%(app_label)s",
    )
    track = models.CharField(_("track"), max_length=10, choices=Track.choices, default=Track.COURSE)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(_("cover image description"), max_length=250, blank=True)

    cover_panels = [FieldPanel("cover_image"), FieldPanel("cover_alt")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("outcomes"),
        index.FilterField("track"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("outcomes"),
        TranslatableField("cover_alt"),
        SynchronizedField("slug"),
        SynchronizedField("track"),
        SynchronizedField("audience"),
        SynchronizedField("cover_image"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.cover_image_id and not self.cover_alt.strip():
            raise ValidationError(
                {"cover_alt": _("Describe the cover image for people who cannot see it.")}
            )


class CourseIndexPage(Page):
    """The catalogue: every published course and programme in the visitor's language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    # Every kind of entry the catalogue lists (each a CatalogueEntry).
    subpage_types = ["courses.CoursePage", "programmes.ProgrammePage"]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_for(index=self, params=request.GET))
        return context
