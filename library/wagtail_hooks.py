from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from library.models import Topic


class TopicViewSet(SnippetViewSet):
    """Coordinators set the library's topics and which of them wait for approval."""

    model = Topic
    icon = "folder-inverse"
    menu_label = _("Library topics")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["name_ky", "name_ru", "name_en", "approval_required"]
    ordering = ["name_ky"]


register_snippet(TopicViewSet)
