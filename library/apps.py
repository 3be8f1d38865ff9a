from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Resource library")

    def ready(self):
        from community.sections import register_community_section
        from library import personal_data
        from people.personal_data import register_section

        register_section("library_resources", personal_data.resources)
        register_community_section(
            title=_("Resource library"),
            text=_("Publications, toolkits and guides members share."),
            url_name="library:list",
        )
