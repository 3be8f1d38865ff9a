from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from people import admin_users
from people.models import TargetGroup


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    add_to_admin_menu = True
    menu_order = 300
    # A yes/no icon (Wagtail's plain column would print Python's True and False).
    list_display = [
        # A property (the name in the reader's language): Django would head it "Name" in English.
        Column("name", label=pgettext_lazy("group", "Name")),
        "slug",
        BooleanColumn(
            "is_sensitive",
            label=TargetGroup._meta.get_field("is_sensitive").verbose_name,
            sort_key="is_sensitive",
        ),
    ]
    list_filter = ["is_sensitive"]
    ordering = ["sort_order", "slug"]


register_snippet(TargetGroupViewSet)


# Ours replace Wagtail's bulk actions for users (same action types); order=1 registers them after.
for action_class in [
    admin_users.AssignRoleBulkAction,
    admin_users.DeleteBulkAction,
    admin_users.SetActiveStateBulkAction,
]:
    hooks.register("register_bulk_action", action_class, order=1)
