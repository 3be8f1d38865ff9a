"""Wagtail's user admin, fitted to a user model that signs in by email and has one full name."""

from django import forms
from wagtail.users import forms as wagtail_forms
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from people.forms import TargetGroupField
from people.models import TargetGroup

PROFILE_FIELDS = [
    "full_name",
    "latin_name",
    "gender",
    "birth_year",
    "region",
    "country",
    "settlement_type",
    "organisation",
    "preferred_language",
    "target_groups",
]


class ProfileFieldsMixin(forms.ModelForm):
    first_name = None
    last_name = None
    target_groups = TargetGroupField(queryset=TargetGroup.objects.all(), required=False)

    def clean_email(self):
        return self.cleaned_data["email"].lower()


class UserCreationForm(ProfileFieldsMixin, wagtail_forms.UserCreationForm):
    class Meta(wagtail_forms.UserCreationForm.Meta):
        fields = ["email", *PROFILE_FIELDS, "is_superuser", "groups"]


class UserEditForm(ProfileFieldsMixin, wagtail_forms.UserEditForm):
    class Meta(wagtail_forms.UserEditForm.Meta):
        fields = ["email", *PROFILE_FIELDS, "is_active", "is_superuser", "groups"]


class UserViewSet(WagtailUserViewSet):
    template_prefix = "people/admin/users/"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
