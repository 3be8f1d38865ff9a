from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "trainings"
    verbose_name = _("Face-to-face trainings")

    def ready(self):
        from courses.completion import register_activity
        from trainings.completion import FACE_TO_FACE_ACTIVITY

        register_activity(FACE_TO_FACE_ACTIVITY)

        from people.personal_data import register_section
        from trainings import personal_data

        register_section("training_participations", personal_data.participations)
        register_section("training_attendance", personal_data.attendance)
