from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebinarsConfig(AppConfig):
    name = "webinars"
    verbose_name = _("Webinars")

    def ready(self):
        from courses.completion import register_requirement
        from webinars.selectors import webinars_missing

        register_requirement(webinars_missing)
        import webinars.receivers  # noqa: F401
