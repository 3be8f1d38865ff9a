from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    name = "mentoring"
    verbose_name = _("Mentoring")

    def ready(self):
        from community.sections import register_community_section
        from mentoring import personal_data
        from people.personal_data import register_section

        register_section("mentor_profile", personal_data.mentor_profile)
        register_section("mentoring_requests", personal_data.requests)
        register_section("mentoring_agreements", personal_data.agreements)
        register_section("mentoring_meetings", personal_data.meetings)
        register_section("mentoring_feedback", personal_data.feedback)
        register_community_section(
            title=_("Mentoring"),
            text=_("Find a mentor, or mentor another woman leader."),
            url_name="mentoring:mentors",
        )
