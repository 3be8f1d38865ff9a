import unicodedata

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.template import loader
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from core.forms import ChoiceOfIdsMixin
from outbox.services import email_queue
from people import limits
from people.disability import QUESTIONS
from people.language import current_language
from people.models import FUNCTIONING_FIELDS, PROFILE_FIELDS, Difficulty, TargetGroup, User
from people.regions import Region, country_choices

EARLIEST_BIRTH_YEAR = 1920


class TargetGroupField(ChoiceOfIdsMixin, forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        if obj.is_sensitive:
            # Translators: shown beside a sensitive target group in a person's own profile form.
            return _("%(name)s (only coordinators see this)") % {"name": obj.name}
        return obj.name


def _country_choices():
    return [("", "—")] + country_choices(current_language())


# Translators: the empty choice of a Washington Group question (she has not answered it).
NOT_ANSWERED = _("Not answered")


class ProfileForm(forms.ModelForm):
    """What a person says about herself, at sign-up and later in her profile (where she may also
    answer the Washington Group questions on functioning, each optional)."""

    country = forms.ChoiceField(label=_("Country"), choices=_country_choices, required=False)
    target_groups = TargetGroupField(
        label=_("I belong to these groups"),
        queryset=TargetGroup.objects.all(),
        required=False,
    )

    class Meta:
        model = User
        fields = ["email", *PROFILE_FIELDS, "target_groups", *FUNCTIONING_FIELDS]
        widgets = {"birth_year": forms.NumberInput(attrs={"inputmode": "numeric"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("gender", "region", "settlement_type"):
            self.fields[name].required = True
        for name in FUNCTIONING_FIELDS:
            if name in self.fields:
                field = self.fields[name]
                field.label = QUESTIONS[name]
                field.required = False
                field.choices = [("", NOT_ANSWERED), *Difficulty.choices]

    @property
    def about_fields(self):
        """Her profile proper: every field but the questions on functioning."""
        return [field for field in self if field.name not in FUNCTIONING_FIELDS]

    @property
    def functioning_fields(self):
        return [field for field in self if field.name in FUNCTIONING_FIELDS]
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        taken = User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists()
        if taken:
            raise forms.ValidationError(
                _("An account with this email already exists. Sign in or reset your password."),
                code="email_taken",
            )
        return email

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_birth_year(self):
        year = self.cleaned_data.get("birth_year")
        if year is None:
            return year
        this_year = timezone.localdate().year
        if year > this_year:
            raise forms.ValidationError(_("The birth year cannot be in the future."))
        if year < EARLIEST_BIRTH_YEAR:
            raise forms.ValidationError(
                _("Enter a birth year from %(year)s on.") % {"year": EARLIEST_BIRTH_YEAR}
            )
        return year

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("region") == Region.ABROAD and not cleaned.get("country"):
            self.add_error("country", _("Choose the country you live in."))
        if cleaned.get("region") != Region.ABROAD:
            cleaned["country"] = ""
        return cleaned


class SignUpForm(ProfileForm):
    # Signing up stays short: the questions on functioning wait in the profile, with their why.
    class Meta(ProfileForm.Meta):
        fields = ["email", *PROFILE_FIELDS, "target_groups"]

    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters; not only digits, and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    consent = forms.BooleanField(
        label=_("I have read the data notice and agree to it."),
        error_messages={"required": _("You can only sign up if you agree to the data notice.")},
        template_name="people/includes/checkbox_field.html",
    )

    def clean_password2(self):
        first = self.cleaned_data.get("password1")
        second = self.cleaned_data.get("password2")
        if first and second and first != second:
            raise forms.ValidationError(_("The two passwords do not match."))
        return second

    def _post_clean(self):
        super()._post_clean()
        password = self.cleaned_data.get("password2")
        if password:
            try:
                password_validation.validate_password(password, self.instance)
            except forms.ValidationError as error:
                self.add_error("password1", error)


class LimitedSignInMixin:
    """Refuses a sign-in before its password is checked once the account or the address has
    failed too often (people.limits), for the site's form and the Wagtail admin's alike."""

    def clean(self):
        pairs = limits.sign_in(self.request, self.cleaned_data.get("username") or "")
        reached = limits.first_reached(pairs)
        if reached is not None:
            raise forms.ValidationError(limits.too_many(reached), code="too_many")
        cleaned = super().clean()
        limits.SIGN_IN_FAILURES_PER_ACCOUNT.clear(pairs[0][1])
        return cleaned

    def get_invalid_login_error(self):
        pairs = limits.sign_in(self.request, self.cleaned_data.get("username") or "")
        limits.record(pairs)
        reached = limits.first_reached(pairs)
        if reached is not None:
            return forms.ValidationError(limits.too_many(reached), code="too_many")
        return super().get_invalid_login_error()


class AdminSignInForm(LimitedSignInMixin, WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's password field has no label: Django would print the field's name, "Password".
        self.fields["password"].label = _("Password")


class SignInForm(LimitedSignInMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": _("The email or password is wrong. Check both and try again."),
        "inactive": _("This account is not active."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Email")
        self.fields["username"].widget = forms.EmailInput(
            attrs={"autocomplete": "email", "autofocus": True}
        )


def _same_email(one: str, other: str) -> bool:
    return (
        unicodedata.normalize("NFKC", one).casefold()
        == unicodedata.normalize("NFKC", other).casefold()
    )


class QueuedPasswordResetForm(PasswordResetForm):
    """Keeps the reset email in the outbox, for the Celery worker to send after the request's
    transaction (or later, if the broker is down: the request still answers normally).

    Also to active people whose password is unusable: a coordinator enrolled them from a cohort
    file and they have not chosen one yet (Django's form skips them, so they could never sign
    in once the welcome email's link expired). Inactive accounts still get nothing."""

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_email(self):
        # Counted whether or not an account has the address, so the refusal tells nothing.
        email = self.cleaned_data["email"]
        reached = limits.first_reached(limits.reset_email(self.request, email))
        if reached is not None:
            raise forms.ValidationError(limits.too_many(reached), code="too_many")
        return email

    def save(self, *args, **kwargs):
        limits.record(limits.reset_email(self.request, self.cleaned_data["email"]))
        return super().save(*args, **kwargs)

    def get_users(self, email):
        return (
            person
            for person in User.objects.filter(email__iexact=email, is_active=True)
            # As Django's form: no look-alike address (a dotless ı for an i) gets another's link.
            if _same_email(person.email, email)
        )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        html = (
            loader.render_to_string(html_email_template_name, context)
            if html_email_template_name
            else ""
        )
        email_queue(to=to_email, subject=subject, body=body, html=html)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is wrong."))
        return password
