from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates.models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    add_to_admin_menu = True
    menu_order = 310
    # A yes/no icon (Wagtail's plain column would print Python's True and False).
    list_display = [
        "name",
        "title",
        "page_size",
        "orientation",
        BooleanColumn(
            "is_default",
            label=CertificateTemplate._meta.get_field("is_default").verbose_name,
            sort_key="is_default",
        ),
    ]


register_snippet(CertificateTemplateViewSet)
