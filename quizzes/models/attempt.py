"""A learner's attempt at a quiz placed in a lesson.

The attempt keeps what the learner was asked (`questions`: the questions, choices and right
answers as they were when it started), so editing the quiz later changes neither what she sees
of this attempt nor its score. A placement is a quiz block in a lesson: (lesson translation key,
block id), the same in every language of the lesson."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Attempt(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", pgettext_lazy("quiz attempt", "Submitted")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    quiz_key = models.UUIDField(db_index=True)
    quiz_title = models.CharField(_("quiz"), max_length=200)
    language = models.CharField(max_length=8)
    number = models.PositiveSmallIntegerField(_("attempt"))
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # The rules as they were at the start.
    pass_mark = models.PositiveSmallIntegerField()
    show_answers = models.CharField(max_length=16)
    one_per_page = models.BooleanField(default=False)
    questions = models.JSONField()
    answers = models.JSONField(default=dict)
    results = models.JSONField(default=list)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)
    timed_out = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["started_at"]
        constraints = [
            # Two tabs or a double click cannot make the same attempt twice...
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key", "block_id", "number"],
                name="one_attempt_per_number",
            ),
            # ...nor two open attempts at one quiz.
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key", "block_id"],
                condition=Q(status="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
        ]
        indexes = [models.Index(fields=["lesson_key", "block_id"])]

    def __str__(self) -> str:
        return f"{self.quiz_title} #{self.number} ({self.user_id})"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.IN_PROGRESS

    def time_is_up(self, now=None) -> bool:
        return self.deadline is not None and (now or timezone.now()) >= self.deadline
