from django.apps import AppConfig


class LmsConfig(AppConfig):
    """The project as an app: site-wide templates, static files, tags and the demo command."""

    name = "lms"
    verbose_name = "Теңдик"
