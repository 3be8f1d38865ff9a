"""Who is enrolled in which course, and how far she got. Courses and lessons are referred to by
their Wagtail translation key, so that an enrolment and its progress hold in every language."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fields import actor_field


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Enrolment.Status.ACTIVE)


class Enrolment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        WITHDRAWN = "withdrawn", _("Unenrolled")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    enrolled_by = actor_field(_("enrolled by"), blank=True)
    withdrawn_at = models.DateTimeField(_("unenrolled at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_lesson_key = models.UUIDField(null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.course_key}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson_key = models.UUIDField()
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="one_progress_per_lesson"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id}: {self.lesson_key}"


class TrainerQualification(models.Model):
    """She completed a trainer-of-trainers course (`course_key`), and may teach the courses it
    qualifies for once her practicum is confirmed (`status` qualified, by `qualified_by`).
    `trained_by` is the trainer who trained her: the edge of the cascade."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Practicum pending")
        QUALIFIED = "qualified", _("Qualified")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="qualifications"
    )
    course_key = models.UUIDField(_("trainer-of-trainers course"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("course completed at"), default=timezone.now)
    qualified_at = models.DateTimeField(_("qualified at"), null=True, blank=True)
    qualified_by = actor_field(_("qualified by"), blank=True)
    trained_by = actor_field(_("trained by"), blank=True, related_name="trainees")

    class Meta:
        verbose_name = _("trainer qualification")
        verbose_name_plural = _("trainer qualifications")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_qualification_per_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.course_key} ({self.status})"

    @property
    def is_qualified(self) -> bool:
        return self.status == self.Status.QUALIFIED
