from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from people.roles import Role, has_role


class StuckWorkMenuItem(MenuItem):
    def is_shown(self, request):
        return has_role(request.user, Role.COORDINATOR, Role.ADMINISTRATOR)


@hooks.register("register_admin_menu_item")
def stuck_work_menu_item():
    """The page of stuck work (lms.stuck) is a site page; coordinators find it from the admin."""
    return StuckWorkMenuItem(_("Stuck work"), reverse("stuck_work"), icon_name="warning", order=900)
