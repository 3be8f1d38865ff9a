from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "h5p"
    verbose_name = _("H5P activities")

    def ready(self):
        from courses.completion import register_activity
        from h5p.completion import H5P_ACTIVITY

        register_activity(H5P_ACTIVITY)

        from h5p.personal_data import results
        from people.personal_data import register_section

        register_section("h5p_results", results)
