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

        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

        from people.models import User
        from trainings import reach
        from trainings.models import Participant

        # The stored reach follows what other apps (and the m2m API) change; trainings' own
        # services call reach.reach_refresh themselves.
        post_save.connect(reach.account_saved, sender=User, dispatch_uid="reach-account")
        pre_delete.connect(reach.account_deleting, sender=User, dispatch_uid="reach-account-d")
        post_delete.connect(reach.account_deleted, sender=User, dispatch_uid="reach-account-dd")
        for through in (User.target_groups.through, Participant.target_groups.through):
            m2m_changed.connect(
                reach.groups_changed, sender=through, dispatch_uid=f"reach-{through}"
            )
