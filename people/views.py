from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from audit.services import audited
from people import disability, limits
from people.forms import (
    DeleteAccountForm,
    ProfileForm,
    QueuedPasswordResetForm,
    SignInForm,
    SignUpForm,
)
from people.language import remember_language
from people.models import FUNCTIONING_FIELDS
from people.personal_data import personal_data
from people.regions import Region
from people.roles import Role, has_role
from people.selectors import people_visible_to, target_groups_visible_to
from people.services import (
    consent_due,
    consent_record,
    person_delete,
    person_sign_up,
    person_update_profile,
)


def _profile_fields(form) -> dict:
    return {name: form.cleaned_data[name] for name in form._meta.fields}


@require_http_methods(["GET", "POST"])
def sign_up(request):
    if request.user.is_authenticated:
        return redirect("people:profile")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reached = limits.first_reached(limits.sign_up(request))
        if reached is not None:
            form.add_error(None, limits.too_many(reached))
            return render(request, "people/sign_up.html", {"form": form}, status=429)
        limits.record(limits.sign_up(request))
        person = person_sign_up(password=form.cleaned_data["password1"], **_profile_fields(form))
        login(request, person, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Tendik! Your account is ready."))
        return redirect(f"/{person.preferred_language}/")
    return render(request, "people/sign_up.html", {"form": form})


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "people/sign_in.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        # Open the site in the language she chose, and keep it for her visits after this one.
        return remember_language(super().form_valid(form), form.get_user().preferred_language)

    def get_default_redirect_url(self):
        return f"/{self.request.user.preferred_language}/"

    def get_redirect_url(self):
        target = super().get_redirect_url()
        return target if url_has_allowed_host_and_scheme(target, {self.request.get_host()}) else ""


class SignOutView(auth_views.LogoutView):
    def get_default_redirect_url(self):
        return f"/{self.request.LANGUAGE_CODE}/"


class PasswordResetView(auth_views.PasswordResetView):
    form_class = QueuedPasswordResetForm
    template_name = "people/password_reset_form.html"
    email_template_name = "people/emails/password_reset.txt"
    subject_template_name = "people/emails/password_reset_subject.txt"
    success_url = reverse_lazy("people:password_reset_done")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "people/password_reset_confirm.html"
    success_url = reverse_lazy("people:password_reset_complete")


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "people/password_change.html"
    success_url = reverse_lazy("people:profile")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        person_update_profile(person=request.user, **_profile_fields(form))
        messages.success(request, _("Your profile has been saved."))
        return redirect("people:profile")
    if request.method == "POST":
        # Keep what is stored when the form is refused: the bound form shows what she typed.
        request.user.refresh_from_db()
    return render(
        request,
        "people/profile.html",
        {
            "form": form,
            "abroad": Region.ABROAD,
            "introduction": disability.INTRODUCTION,
            "consent_due": consent_due(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        person = request.user
        logout(request)
        person_delete(person=person)
        messages.success(request, _("Your account has been deleted."))
        return redirect(f"/{request.LANGUAGE_CODE}/")
    return render(request, "people/delete_account.html", {"form": form})


@never_cache
@login_required
@require_GET
def my_data(request):
    """Everything held about the signed-in person, hers only, as a JSON file."""
    response = JsonResponse(
        personal_data(request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    name = f"tendik-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@audited("people.person")
def person_detail(request, pk: int):
    if not has_role(request.user, Role.COORDINATOR, Role.ADMINISTRATOR):
        raise PermissionDenied
    person = get_object_or_404(people_visible_to(request.user), pk=pk)
    groups = target_groups_visible_to(viewer=request.user, person=person)
    # Only coordinators and administrators reach this page: they see her answers on functioning.
    functioning = [
        (person._meta.get_field(name).verbose_name, getattr(person, f"get_{name}_display")())
        for name in FUNCTIONING_FIELDS
        if getattr(person, name)
    ]
    return render(
        request,
        "people/person_detail.html",
        {
            "person": person,
            "groups": groups,
            "functioning": functioning,
            "disability": disability.status_label(disability.status(person)),
        },
    )


def data_notice(request):
    return render(
        request,
        "people/data_notice.html",
        {"version": settings.DATA_NOTICE_VERSION, "consent_due": consent_due(request.user)},
    )


@login_required
@require_POST
def consent_agree(request):
    """She agrees to the data notice as it now reads (after it changed since she signed up)."""
    consent_record(person=request.user)
    messages.success(request, _("Thank you: you have agreed to the data notice."))
    return redirect("people:profile")
