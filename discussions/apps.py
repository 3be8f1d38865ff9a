from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "discussions"
    verbose_name = _("Discussions")

    def ready(self):
        from community.sections import register_community_section
        from courses.learning import register_learning_section
        from discussions import personal_data, receivers  # noqa: F401
        from discussions.selectors import learning_rows
        from people.personal_data import register_section

        register_section("discussion_posts", personal_data.posts)
        register_section("discussion_emails", personal_data.preferences)

        register_learning_section(
            template="discussions/includes/my_discussions.html", rows=learning_rows
        )
        register_community_section(
            title=_("Discussions"),
            text=_("Your courses' discussions and spaces by topic and country."),
            url_name="discussions:spaces",
        )
