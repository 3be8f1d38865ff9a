from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from trainings.models import Project


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "folder-open-inverse"
    menu_label = _("Projects")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "donor"]
    ordering = ["name"]


register_snippet(ProjectViewSet)
