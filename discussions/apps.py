from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "discussions"
    verbose_name = _("Discussions")

    def ready(self):
        from courses.learning import register_learning_section
        from discussions import receivers  # noqa: F401
        from discussions.selectors import learning_rows

        register_learning_section(
            template="discussions/includes/my_discussions.html", rows=learning_rows
        )
