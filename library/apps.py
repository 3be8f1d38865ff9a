from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Resource library")

    def ready(self):
        from library import personal_data
        from people.personal_data import register_section

        register_section("library_resources", personal_data.resources)
