from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import CreateView, DeleteView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from h5p import store
from h5p.chooser import h5p_chooser_viewset
from h5p.forms import H5PPackageForm
from h5p.models import H5PLibrary, H5PPackage
from h5p.services import package_upload


class StatusPanel(Panel):
    """Where processing stands, and every reason a package was refused."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "h5p/admin/status_panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["package"] = self.instance
            return context


class PackageCreateView(CreateView):
    def save_instance(self):
        return package_upload(
            title=self.form.cleaned_data["title"],
            upload=self.form.cleaned_data["upload"],
            user=self.request.user,
        )


class PackageDeleteView(DeleteView):
    def delete_action(self):
        # The package's content goes with it; its libraries stay, as other content shares them.
        content = self.object.content_path
        super().delete_action()
        transaction.on_commit(lambda: store.discard(content))


class H5PPackageViewSet(ModelViewSet):
    model = H5PPackage
    icon = "media"
    menu_label = _("H5P packages")
    add_to_admin_menu = True
    menu_order = 250
    add_view_class = PackageCreateView
    delete_view_class = PackageDeleteView
    list_display = [
        "title",
        Column("status", label=_("status"), accessor="get_status_display"),
        "main_library",
        DateColumn("uploaded_at", label=_("uploaded at")),
    ]
    list_filter = ["status"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [StatusPanel(), FieldPanel("title"), FieldPanel("upload")],
        base_form_class=H5PPackageForm,
    )
    inspect_view_enabled = False


h5p_package_viewset = H5PPackageViewSet("h5p_packages")


class LibraryPolicy(ModelPermissionPolicy):
    """Libraries enter the store only with a package (and the install permission); in the
    admin they are looked at, never added, edited or deleted."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, "view")


register_permission_policy(H5PLibrary, LibraryPolicy(H5PLibrary))


class H5PLibraryViewSet(ModelViewSet):
    model = H5PLibrary
    icon = "code"
    menu_label = _("H5P libraries")
    add_to_settings_menu = True
    list_display = [
        "machine_name",
        Column("version", label=_("version"), accessor="version"),
        "title",
        DateColumn("installed_at", label=_("installed at")),
        "installed_by",
    ]
    search_fields = ["machine_name", "title"]
    form_fields = ["title"]
    inspect_view_enabled = True
    inspect_view_fields = ["machine_name", "version", "title", "dependencies", "installed_at"]


h5p_library_viewset = H5PLibraryViewSet("h5p_libraries")


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [h5p_package_viewset, h5p_library_viewset, h5p_chooser_viewset]
