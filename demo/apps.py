from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content, its seeders and the `seed_demo` command."""

    name = "demo"
    verbose_name = "Теңдик: demo"
