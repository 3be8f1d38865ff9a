from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "h5p"
    verbose_name = _("H5P activities")

    def ready(self):
        from courses.completion import register_activity
        from h5p.completion import H5P_ACTIVITY

        register_activity(H5P_ACTIVITY)
