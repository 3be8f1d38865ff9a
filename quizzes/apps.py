from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.completion import register_activity
        from quizzes.completion import QUIZ_ACTIVITY

        register_activity(QUIZ_ACTIVITY)

        from people.personal_data import register_section
        from quizzes.personal_data import attempts

        register_section("quiz_attempts", attempts)
