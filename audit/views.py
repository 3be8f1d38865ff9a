"""The audit log in the admin: a read-only listing for administrators. No view adds, edits or
deletes an entry, and the model gives no permission to (AuditEntry.Meta.default_permissions)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from audit.models import AuditEntry

policy = ModelPermissionPolicy(AuditEntry)


def reads_log(user) -> bool:
    """Administrators (and superusers) hold audit.view_auditentry; coordinators do not."""
    return policy.user_has_permission(user, "view")


class AuditFilterSet(WagtailFilterSet):
    class Meta:
        model = AuditEntry
        fields = ["action", "what"]


class AuditLogView(ReportView):
    page_title = _("Audit log")
    header_icon = "list-ul"
    model = AuditEntry
    permission_policy = policy
    permission_required = "view"
    filterset_class = AuditFilterSet
    index_url_name = "audit_log"
    index_results_url_name = "audit_log_results"
    list_export = []  # the log is read here, not carried away
    columns = [
        DateColumn("at", label=_("When")),
        Column("actor_label", label=_("Person")),
        Column("get_action_display", label=_("Action")),
        Column("what", label=_("What")),
        Column("detail", label=_("Object and filters")),
        Column("ip", label=_("Address")),
    ]

    def get_queryset(self):
        return AuditEntry.objects.all()
