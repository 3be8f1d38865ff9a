from django.apps import AppConfig


class LmsConfig(AppConfig):
    """The project as an app: site-wide templates, static files, tags and the demo command."""

    name = "lms"
    verbose_name = "Теңдик"

    def ready(self):
        from django.urls import register_converter

        from lms.params import IdConverter

        # Before any URLconf is read (they are read lazily, after the apps are ready).
        register_converter(IdConverter, "id")
