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

        from django.db.models.signals import m2m_changed, post_delete, post_save

        from trainings.cascade import counted_memberships, counted_models, counts_changed

        for model in counted_models():
            post_save.connect(counts_changed, sender=model, dispatch_uid=f"cascade-{model}")
            post_delete.connect(counts_changed, sender=model, dispatch_uid=f"cascade-d-{model}")
        for through in counted_memberships():
            m2m_changed.connect(counts_changed, sender=through, dispatch_uid=f"cascade-{through}")
