from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from people.language import current_language


class TargetGroupQuerySet(models.QuerySet):
    def not_sensitive(self):
        return self.filter(is_sensitive=False)


class TargetGroup(index.Indexed, models.Model):
    """A group a programme is meant for (women leaders, youth, …).

    One row per group with its name in each language, rather than one row per locale, so that a
    person's membership and every report count the same group whatever language it was chosen in.
    """

    slug = models.SlugField(_("key"), max_length=60, unique=True)
    name_ky = models.CharField(_("name in Kyrgyz"), max_length=150)
    name_ru = models.CharField(_("name in Russian"), max_length=150)
    name_en = models.CharField(_("name in English"), max_length=150)
    is_sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_("Membership is shown only to coordinators and administrators."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TargetGroupQuerySet.as_manager()

    panels = [
        FieldPanel("name_ky"),
        FieldPanel("name_ru"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("is_sensitive"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name_ky"),
        index.SearchField("name_ru"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_ky"),
    ]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = current_language()
        return getattr(self, f"name_{language}", "") or self.name_ky
