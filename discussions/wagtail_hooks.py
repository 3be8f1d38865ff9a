from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from discussions.models import Space


class SpaceViewSet(SnippetViewSet):
    """Coordinators set the community spaces; a course's space is made with the course's first
    discussion and is not listed here."""

    model = Space
    icon = "group"
    menu_label = _("Discussion spaces")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["title", "topic", "country", "approve_first_posts"]
    panels = ["title", "description", "topic", "country", "approve_first_posts", "posts_to_approve"]

    def get_queryset(self, request):
        return Space.objects.filter(kind=Space.Kind.COMMUNITY)


register_snippet(SpaceViewSet)
