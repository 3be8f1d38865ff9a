from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    """The project as an app: site-wide templates, static files and tags."""

    name = "lms"
    verbose_name = "Теңдик"

    def ready(self):
        # wagtail-localize's translations report gives two of its filters no label, so
        # django-filter prints the fields' names in English ("Source locale", "Target locale").
        from wagtail_localize.views.report import TranslationsReportFilterSet

        filters = TranslationsReportFilterSet.base_filters
        filters["source_locale"].label = _("Source locale")
        filters["target_locale"].label = _("Target locale")
