from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from audit.views import AuditLogView, reads_log


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return reads_log(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("audit/", AuditLogView.as_view(), name="audit_log"),
        path("audit/results/", AuditLogView.as_view(results_only=True), name="audit_log_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(
        _("Audit log"), reverse("audit_log"), name="audit-log", icon_name="list-ul", order=1200
    )
