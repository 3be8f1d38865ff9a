from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from people.models import TargetGroup


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "slug", "is_sensitive"]
    list_filter = ["is_sensitive"]
    ordering = ["sort_order", "slug"]


register_snippet(TargetGroupViewSet)
