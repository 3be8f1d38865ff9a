from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.routing import FlatRoutingMixin


class HomePage(FlatRoutingMixin, Page):
    """The site's front page, one per language (translated with wagtail-localize)."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = len(settings.LANGUAGES)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
