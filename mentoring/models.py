"""Mentoring: mentors' profiles, requests (a mentee's, or a coordinator's proposed match), the
agreement an accepted request becomes, the pair's meeting log and the feedback when it ends.

A profile's lists (expertise, languages, countries) are stored as ",a,b," so that one filter
(`contains=",a,"`) finds a value on PostgreSQL and SQLite alike."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fields import actor_field
from people.regions import country_name


class Expertise(models.TextChoices):
    LEADERSHIP = "leadership", _("Leadership")
    CAREER = "career", _("Career")
    LOCAL_GOVERNMENT = "local_government", _("Local self-government")
    PUBLIC_SPEAKING = "public_speaking", _("Public speaking")
    ENTREPRENEURSHIP = "entrepreneurship", _("Entrepreneurship")
    RIGHTS = "rights", _("Law and women's rights")
    CIVIC = "civic", _("Civic participation")
    DIGITAL = "digital", _("Digital skills")


class Language(models.TextChoices):
    KYRGYZ = "ky", _("Kyrgyz")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
    KAZAKH = "kk", _("Kazakh")
    UZBEK = "uz", _("Uzbek")
    TAJIK = "tg", _("Tajik")


# The platform's countries (ISO 3166 alpha-2): Central Asia and its neighbours.
COUNTRIES = ["KG", "KZ", "UZ", "TJ", "TM", "AF", "MN", "AZ", "GE", "AM"]


def country_choices() -> list[tuple[str, str]]:
    return [(code, country_name(code)) for code in COUNTRIES]


def joined(values) -> str:
    values = [value for value in values if value]
    return f",{','.join(values)}," if values else ""


def split(stored: str) -> list[str]:
    return [value for value in stored.split(",") if value]


class Scheme(models.Model):
    """Mentoring under a programme (scenario 3's school): how many active agreements a mentee
    of it may have at once. A programme is named by its Wagtail translation key, as
    programmes' enrolments do, so that it holds in every language."""

    programme_key = models.UUIDField(_("programme"), unique=True)
    max_active_per_mentee = models.PositiveSmallIntegerField(
        _("active agreements per mentee"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )

    class Meta:
        verbose_name = _("mentoring under a programme")
        verbose_name_plural = _("mentoring under programmes")

    def __str__(self) -> str:
        return str(self.programme_key)


class MentorProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_profile"
    )
    expertise = models.CharField(_("expertise"), max_length=300)
    languages = models.CharField(_("languages"), max_length=100)
    countries = models.CharField(_("countries"), max_length=100)
    capacity = models.PositiveSmallIntegerField(
        _("mentees at once"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    is_open = models.BooleanField(_("open to new mentees"), default=True)
    availability = models.CharField(
        _("availability"),
        max_length=200,
        blank=True,
        help_text=_("When you can meet: “Tuesday evenings, online”."),
    )
    about = models.TextField(_("about your experience"), max_length=1500, blank=True)
    # A coordinator who marked her as a mentor; None: she filled it herself.
    marked_by = actor_field(_("marked by"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")
        ordering = ["user__full_name", "pk"]

    def __str__(self) -> str:
        return str(self.user)

    def labels(self, choices, stored) -> list[str]:
        names = dict(choices)
        return [str(names.get(value, value)) for value in split(stored)]

    @property
    def expertise_labels(self) -> list[str]:
        return self.labels(Expertise.choices, self.expertise)

    @property
    def language_labels(self) -> list[str]:
        return self.labels(Language.choices, self.languages)

    @property
    def country_labels(self) -> list[str]:
        return [country_name(code) for code in split(self.countries)]


class Request(models.Model):
    class Kind(models.TextChoices):
        REQUEST = "request", _("Request from the mentee")
        PROPOSAL = "proposal", _("Match proposed by a coordinator")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the mentor")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_requests"
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_requests_in"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REQUEST)
    goals = models.TextField(_("your goals"), max_length=2000)
    note = models.TextField(_("coordinator's note"), max_length=1000, blank=True)
    proposed_by = actor_field(_("proposed by"), blank=True)
    scheme = models.ForeignKey(
        Scheme,
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    answer = models.TextField(_("mentor's message"), max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mentoring request")
        verbose_name_plural = _("mentoring requests")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["mentor", "status"]),
            models.Index(fields=["mentee", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(mentee=models.F("mentor")), name="mentoring_request_other"
            )
        ]

    def __str__(self) -> str:
        return f"{self.mentee} → {self.mentor}"


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Every month")


class AgreementQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Agreement.Status.ACTIVE)

    def of(self, user):
        return self.filter(models.Q(mentor=user) | models.Q(mentee=user))


class Agreement(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    request = models.OneToOneField(Request, on_delete=models.CASCADE, related_name="agreement")
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_as_mentee"
    )
    scheme = models.ForeignKey(
        Scheme, null=True, blank=True, on_delete=models.SET_NULL, related_name="agreements"
    )
    goals = models.TextField(_("goals"), max_length=2000)
    starts_on = models.DateField(_("start"))
    ends_on = models.DateField(_("end"))
    frequency = models.CharField(_("how often you meet"), max_length=12, choices=Frequency.choices)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    # Each side's own choice: the coordinator reads the meeting log only when both said yes.
    mentor_shares = models.BooleanField(default=False)
    mentee_shares = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = actor_field(_("ended by"), blank=True)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentoring agreement")
        verbose_name_plural = _("mentoring agreements")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gt=models.F("starts_on")), name="mentoring_ends_after"
            )
        ]

    def __str__(self) -> str:
        return f"{self.mentor} ↔ {self.mentee}"

    def side(self, user) -> str:
        if user.pk == self.mentor_id:
            return "mentor"
        if user.pk == self.mentee_id:
            return "mentee"
        return ""

    @property
    def shared(self) -> bool:
        return self.mentor_shares and self.mentee_shares


class Meeting(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("date"))
    discussed = models.TextField(_("what was discussed"), max_length=3000)
    next_steps = models.TextField(_("next steps"), max_length=2000, blank=True)
    written_by = actor_field(_("written by"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.agreement_id} {self.held_on}"


class Feedback(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    note = models.TextField(_("note"), max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("mentoring feedback")
        verbose_name_plural = _("mentoring feedback")
        constraints = [
            models.UniqueConstraint(fields=["agreement", "author"], name="mentoring_feedback_once"),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="mentoring_rating_1_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agreement_id} {self.rating}"
