from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "programmes"
    verbose_name = _("Programmes")

    def ready(self):
        from courses.learning import register_learning_section
        from programmes import receivers  # noqa: F401
        from programmes.selectors import learning_rows

        register_learning_section(
            template="programmes/includes/my_programmes.html", rows=learning_rows
        )
