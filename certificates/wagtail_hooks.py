from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates.models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "title", "page_size", "orientation", "is_default"]


register_snippet(CertificateTemplateViewSet)
