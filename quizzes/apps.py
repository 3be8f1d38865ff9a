from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.completion import register_requirement
        from quizzes.selectors import quizzes_missing

        register_requirement(quizzes_missing)
