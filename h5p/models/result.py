"""What learners did in H5P activities. An activity is an H5P block in a lesson, known by the
lesson's translation key and the block's id (both the same in every language), so a learner's
score holds whichever language she played it in."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class H5PStatement(models.Model):
    """An xAPI statement as the player posted it, kept whole; scored ones are attempts."""

    enrolment = models.ForeignKey(
        "courses.Enrolment", on_delete=models.CASCADE, related_name="h5p_statements"
    )
    lesson_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    package = models.ForeignKey(
        "h5p.H5PPackage", null=True, on_delete=models.SET_NULL, related_name="statements"
    )
    # The play it was posted in (null once that launch is pruned: only the latest are kept).
    launch = models.ForeignKey(
        "h5p.H5PLaunch", null=True, on_delete=models.SET_NULL, related_name="statements"
    )
    verb = models.CharField(max_length=255, blank=True)
    statement = models.JSONField()
    # A top-level statement (no parent context) that carries a result, and counted.
    is_attempt = models.BooleanField(default=False)
    # Such a statement that arrived sooner after its launch than the activity can be done
    # (H5P_MIN_SECONDS): kept as it came, counted for nothing.
    early = models.BooleanField(default=False)
    score_raw = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    percent = models.FloatField(null=True, blank=True)
    completion = models.BooleanField(null=True)
    success = models.BooleanField(null=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P statement")
        verbose_name_plural = _("H5P statements")
        indexes = [models.Index(fields=["lesson_key", "block_id"])]

    def __str__(self) -> str:
        return f"{self.enrolment_id} {self.verb}"


class H5PResult(models.Model):
    """One per learner and activity: attempts, best score, completion and resume state."""

    enrolment = models.ForeignKey(
        "courses.Enrolment", on_delete=models.CASCADE, related_name="h5p_results"
    )
    lesson_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    best_raw = models.FloatField(_("best score"), null=True, blank=True)
    best_max = models.FloatField(_("out of"), null=True, blank=True)
    best_percent = models.FloatField(_("best score (%)"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    # Statements kept for her in this activity, capped at H5P_STATEMENTS_MAX.
    statements = models.PositiveIntegerField(_("statements kept"), default=0)
    # H5P's content user data ("state"), so that she resumes where she stopped.
    state = models.TextField(blank=True)

    class Meta:
        verbose_name = _("H5P result")
        verbose_name_plural = _("H5P results")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key", "block_id"], name="one_h5p_result_per_activity"
            )
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id}: {self.lesson_key}/{self.block_id}"
