from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebinarsConfig(AppConfig):
    name = "webinars"
    verbose_name = _("Webinars")

    def ready(self):
        from courses.completion import register_activity
        from webinars.selectors import webinar_activity

        register_activity(webinar_activity())
        import webinars.receivers  # noqa: F401
