from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.regions import COUNTRY_CODES, Region, SettlementType, country_name


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    ANOTHER = "another", _("Another gender")
    UNSAID = "unsaid", _("Prefer not to say")


class Difficulty(models.TextChoices):
    """The answers of the Washington Group Short Set on Functioning (WG-SS), in its own words,
    and a refusal (WG's "refused"); blank is a question not answered."""

    NONE = "none", _("No, no difficulty")
    SOME = "some", _("Yes, some difficulty")
    A_LOT = "a_lot", _("Yes, a lot of difficulty")
    CANNOT = "cannot", _("Cannot do at all")
    UNSAID = "unsaid", _("Prefer not to say")


# The six domains of the WG-SS, in the set's order: optional, seen only by the person herself,
# coordinators and administrators (people.disability reads them). Not in PROFILE_FIELDS: the
# user admin's form must not show them, nor clear them when a coordinator saves an account.
FUNCTIONING_FIELDS = (
    "wg_seeing",
    "wg_hearing",
    "wg_walking",
    "wg_remembering",
    "wg_self_care",
    "wg_communicating",
)


def _difficulty(verbose_name):
    return models.CharField(verbose_name, max_length=6, choices=Difficulty.choices, blank=True)


# What a person tells about herself (beside her email and target groups): one list for the
# profile form, the admin's user form and her data file.
PROFILE_FIELDS = (
    "full_name",
    "latin_name",
    "gender",
    "birth_year",
    "region",
    "country",
    "settlement_type",
    "organisation",
    "preferred_language",
)


class UserManager(DjangoUserManager):
    def _create_user_object(self, email, password, **extra_fields):
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.password = ""
        if password is not None:
            user.set_password(password)
        else:
            user.set_unusable_password()
        return user

    def _create_user(self, email, password, **extra_fields):
        user = self._create_user_object(email, password, **extra_fields)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in by email. The profile lives on the same row: it is read on almost
    every page, and reports need it in one place."""

    email = models.EmailField(_("email"), unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=150,
        help_text=_("Exactly as it must appear on your certificates."),
    )
    latin_name = models.CharField(
        _("name in Latin letters"),
        max_length=150,
        blank=True,
        help_text=_("Optional, for certificates used abroad."),
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True)
    country = models.CharField(
        _("country"), max_length=2, blank=True, help_text=_("Only for people living abroad.")
    )
    settlement_type = models.CharField(
        _("settlement type"), max_length=10, choices=SettlementType.choices, blank=True
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    target_groups = models.ManyToManyField(
        "people.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="members",
    )
    # Translators: the WG-SS domains, as short names (the questions are asked in full).
    wg_seeing = _difficulty(_("difficulty seeing"))
    wg_hearing = _difficulty(_("difficulty hearing"))
    wg_walking = _difficulty(_("difficulty walking or climbing steps"))
    wg_remembering = _difficulty(_("difficulty remembering or concentrating"))
    wg_self_care = _difficulty(_("difficulty with self-care"))
    wg_communicating = _difficulty(_("difficulty communicating"))
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="people_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()
        if self.region == Region.ABROAD and self.country not in COUNTRY_CODES:
            raise ValidationError({"country": _("Choose the country you live in.")})
        if self.region != Region.ABROAD:
            self.country = ""

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def country_name(self) -> str:
        return country_name(self.country)
