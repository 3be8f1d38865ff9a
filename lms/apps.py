from django.apps import AppConfig


class LmsConfig(AppConfig):
    """The project as an app: site-wide templates, static files and tags."""

    name = "lms"
    verbose_name = "Теңдик"
