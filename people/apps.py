from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("People")


class UsersAdminConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the user admin for our email-based user model."""

    user_viewset = "people.admin_users.UserViewSet"
    group_viewset = "people.admin_users.GroupViewSet"

    def ready(self):
        super().ready()
        from django.contrib.auth.models import Group

        from people.roles import role_label

        # A role's group keeps its English name in the database: the code looks roles up by it
        # (`group.name`, `groups__name`). Wherever a group is shown as text (the group admin's
        # titles, the Roles checkboxes and filter of the user admin, the approval task's groups,
        # messages such as "Group '…' updated") it reads in the admin's language.
        Group.__str__ = lambda group: role_label(group.name)
