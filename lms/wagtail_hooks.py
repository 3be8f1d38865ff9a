from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from people.roles import Role, authors, has_role

# wagtail-localize names its permission in English only, and the group admin shows a custom
# permission's name through {% trans %}: our catalogue carries it.
gettext_noop("Can submit translations")


class StuckWorkMenuItem(MenuItem):
    def is_shown(self, request):
        return has_role(request.user, Role.COORDINATOR, Role.ADMINISTRATOR)


@hooks.register("register_admin_menu_item")
def stuck_work_menu_item():
    """The page of stuck work (lms.stuck) is a site page; coordinators find it from the admin."""
    return StuckWorkMenuItem(_("Stuck work"), reverse("stuck_work"), icon_name="warning", order=900)


class GuidePanel(Component):
    """The authoring guide (lms.guide), in the admin's language: the link carries its prefix."""

    name = "authoring_guide"
    order = 50  # first: before Wagtail's panels of pages and workflows
    template_name = "lms/admin/guide_panel.html"

    def get_context_data(self, parent_context=None):
        return {"guide_url": reverse("authoring_guide")}


@hooks.register("construct_homepage_panels")
def add_guide_panel(request, panels):
    if authors(request.user):
        panels.append(GuidePanel())
