"""Wagtail's user admin, fitted to a user model that signs in by email and has one full name.

Who may touch whose account is decided here, for every view that changes one (create, edit,
delete and the listing's bulk actions), by the rules in `people.roles`: only administrators give
or take the Coordinator or Administrator role or superuser status, and nobody changes an account
above her own role."""

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import TitleColumn
from wagtail.users import forms as wagtail_forms
from wagtail.users.views import bulk_actions
from wagtail.users.views import groups as wagtail_groups
from wagtail.users.views import users as wagtail_views
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from audit.services import Action, audit_entry_create
from people.forms import TargetGroupField
from people.models import PROFILE_FIELDS, TargetGroup
from people.roles import POWERFUL_ROLES, grants_roles, may_manage, role_label

POWERFUL_ROLES_REFUSED = _(
    "Only an administrator may give or take the Coordinator or Administrator role."
)


class ProfileFieldsMixin(forms.ModelForm):
    first_name = None
    last_name = None
    target_groups = TargetGroupField(
        queryset=TargetGroup.objects.all(), required=False, label=_("Target groups")
    )

    def __init__(self, *args, actor=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.actor = actor

    def clean_email(self):
        return self.cleaned_data["email"].lower()

    def clean(self):
        cleaned = super().clean()
        if self.actor is None or grants_roles(self.actor):
            return cleaned
        # The instance still holds what is stored: the form's values reach it after clean().
        held = (
            set(self.instance.groups.values_list("name", flat=True)) if self.instance.pk else set()
        )
        if "is_superuser" in cleaned and cleaned["is_superuser"] != self.instance.is_superuser:
            self.add_error("is_superuser", _("Only an administrator may give superuser status."))
        if "groups" in cleaned:
            wanted = {group.name for group in cleaned["groups"]}
            if wanted & POWERFUL_ROLES != held & POWERFUL_ROLES:
                self.add_error("groups", POWERFUL_ROLES_REFUSED)
        return cleaned


class UserCreationForm(ProfileFieldsMixin, wagtail_forms.UserCreationForm):
    class Meta(wagtail_forms.UserCreationForm.Meta):
        fields = ["email", *PROFILE_FIELDS, "target_groups", "is_superuser", "groups"]


class UserEditForm(ProfileFieldsMixin, wagtail_forms.UserEditForm):
    class Meta(wagtail_forms.UserEditForm.Meta):
        fields = ["email", *PROFILE_FIELDS, "target_groups", "is_active", "is_superuser", "groups"]


class ActorFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "actor": self.request.user}


class IndexView(wagtail_views.IndexView):
    def get_edit_url(self, instance):
        if may_manage(self.request.user, instance):
            return super().get_edit_url(instance)


class CreateView(ActorFormMixin, wagtail_views.CreateView):
    pass


class EditView(ActorFormMixin, wagtail_views.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if not may_manage(request.user, self.object):
            raise PermissionDenied

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        # The edit form is the admin's page of a person: her profile and target groups.
        audit_entry_create(request, Action.VIEWED, "people.user", f"pk={self.object.pk}")
        return response


class DeleteView(wagtail_views.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not may_manage(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(WagtailUserViewSet):
    template_prefix = "people/admin/users/"
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


# The listing's bulk actions: an account above the actor's role is left out (Wagtail shows it as
# one she has no permission for), and only administrators may assign a powerful role.


class AssignRoleBulkAction(bulk_actions.AssignRoleBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if not grants_roles(self.request.user):
            form.fields["role"].queryset = Group.objects.exclude(name__in=POWERFUL_ROLES)
        return form


class DeleteBulkAction(bulk_actions.DeleteBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


class SetActiveStateBulkAction(bulk_actions.SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_manage(self.request.user, obj)


class GroupIndexView(wagtail_groups.IndexView):
    # The roles by their labels in the admin's language (people.roles.role_label).
    columns = [
        TitleColumn(
            "name",
            label=pgettext_lazy("group", "Name"),
            accessor=lambda group: role_label(group.name),
            sort_key="name",
            url_name="wagtailusers_groups:edit",
        ),
    ]


class GroupViewSet(wagtail_groups.GroupViewSet):
    index_view_class = GroupIndexView
