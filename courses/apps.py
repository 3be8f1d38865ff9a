from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from courses import (
            personal_data,
            receivers,  # noqa: F401  (trainer qualification, hidden placeholders)
            workflow_names,
        )
        from people.personal_data import register_section

        register_section("enrolments", personal_data.enrolments)
        register_section("lesson_progress", personal_data.lesson_progress)
        register_section("trainer_qualifications", personal_data.qualifications)
        workflow_names.connect()
