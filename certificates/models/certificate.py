"""A certificate and the snapshot it keeps of what it certifies, as it was when issued."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.fields import actor_field
from core.private_files import RandomName, private_storage
from people.models import Gender
from people.regions import Region


class CertificateQuerySet(models.QuerySet):
    def current(self):
        """Not replaced by a corrected certificate (revoked ones are still current)."""
        return self.filter(superseded_by__isnull=True)


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    class Rendering(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    class Review(models.TextChoices):
        KEPT = "kept", _("Kept after review")
        REVOKED = "revoked", _("Revoked after review")

    code = models.CharField(_("verification code"), max_length=32, unique=True)
    # SET_NULL: a deleted account leaves its certificates verifiable under the issued name.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment", null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    # A webinar's participation certificate keeps its registration instead of an enrolment, and
    # the webinar's key and title in course_key and course_title.
    registration = models.ForeignKey(
        "webinars.Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    # A face-to-face session's certificate keeps its participant's registration, the course's key
    # and title, where the session was held and its first day (`started_on`; `completed_on` is
    # its last). Its participant may have no account: then `user` is empty until she claims it.
    training_registration = models.ForeignKey(
        "trainings.Registration",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    # A programme's certificate keeps its programme enrolment, the programme's key and title in
    # course_key and course_title, the certificates it rests on (`relies_on`) and, in `items`,
    # what they were as it printed them: [{"kind", "title", "hours"}], hours as a decimal string.
    programme_enrolment = models.ForeignKey(
        "programmes.ProgrammeEnrolment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    relies_on = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="relied_on_by"
    )
    items = models.JSONField(_("completed items"), default=list, blank=True)
    template = models.ForeignKey(
        "certificates.CertificateTemplate",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)

    # The snapshot. Reports read these, never the profile.
    holder_name = models.CharField(_("holder's name"), max_length=150)
    course_key = models.UUIDField(_("course"), db_index=True)
    course_title = models.CharField(_("course title"), max_length=255)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    completed_on = models.DateField(_("completed on"), db_index=True)
    started_on = models.DateField(_("started on"), null=True, blank=True)
    place = models.CharField(_("held in"), max_length=100, blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    target_groups = models.ManyToManyField(
        "people.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )

    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)
    revoked_by = actor_field(blank=True)
    superseded_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="supersedes"
    )
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)

    # A programme's certificate whose relied-on certificate was revoked waits for a coordinator's
    # review (review_requested_at set, review_decision empty); she revokes it or keeps it, with
    # a note (certificates.programme_certificates).
    review_requested_at = models.DateTimeField(_("review requested at"), null=True, blank=True)
    review_decision = models.CharField(
        _("review decision"), max_length=10, choices=Review.choices, blank=True
    )
    review_note = models.CharField(_("review note"), max_length=300, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = actor_field(blank=True)

    rendering = models.CharField(
        _("PDF"), max_length=10, choices=Rendering.choices, default=Rendering.PENDING
    )
    render_error = models.TextField(blank=True)
    # Private (core.private_files): only the holder and coordinators download it.
    pdf = models.FileField(
        upload_to=RandomName("certificates"), storage=private_storage, blank=True
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # One certificate per completion, whatever retries or double events happen; a
            # corrected certificate replaces the old one, which is then superseded.
            models.UniqueConstraint(
                fields=["enrolment"],
                condition=Q(superseded_at__isnull=True),
                name="one_current_certificate_per_enrolment",
            ),
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(superseded_at__isnull=True),
                name="one_current_certificate_per_registration",
            ),
            models.UniqueConstraint(
                fields=["training_registration"],
                condition=Q(superseded_at__isnull=True),
                name="one_current_certificate_per_training_registration",
            ),
            models.UniqueConstraint(
                fields=["programme_enrolment"],
                condition=Q(superseded_at__isnull=True),
                name="one_current_certificate_per_programme_enrolment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.holder_name}"

    @property
    def status(self) -> str:
        if self.superseded_at is not None:
            return self.Status.SUPERSEDED
        if self.revoked_at is not None:
            return self.Status.REVOKED
        return self.Status.VALID

    def get_status_display(self) -> str:
        return self.Status(self.status).label

    @property
    def is_training(self) -> bool:
        return bool(self.place)

    @property
    def is_programme(self) -> bool:
        return bool(self.items)

    @property
    def awaits_review(self) -> bool:
        return self.review_requested_at is not None and not self.review_decision

    @property
    def is_ready(self) -> bool:
        return self.rendering == self.Rendering.READY and bool(self.pdf)
