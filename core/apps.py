from django.apps import AppConfig


class CoreConfig(AppConfig):
    """An app only for its templates (the count table) and the `id` URL converter."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from django.urls import register_converter

        from core.params import IdConverter

        # Before any URLconf is read (they are read lazily, after the apps are ready).
        register_converter(IdConverter, "id")
