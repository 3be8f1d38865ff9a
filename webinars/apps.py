from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebinarsConfig(AppConfig):
    name = "webinars"
    verbose_name = _("Webinars")

    def ready(self):
        from courses.completion import register_activity
        from webinars.completion import WEBINAR_ACTIVITY

        register_activity(WEBINAR_ACTIVITY)
        import webinars.receivers  # noqa: F401
        from people.personal_data import register_section
        from webinars import personal_data

        register_section("webinar_registrations", personal_data.registrations)
        register_section("recording_viewings", personal_data.recording_viewings)
        register_section("webinar_attendance", personal_data.attendance)
