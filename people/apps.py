from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("People")


class UsersAdminConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the user admin for our email-based user model."""

    user_viewset = "people.admin_users.UserViewSet"
