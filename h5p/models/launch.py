"""One play of an H5P activity as the server started it: the player page, rendered for an
enrolled learner, creates it and carries its token; a statement is recorded only with the token
of a launch of the same learner and activity, and its result counts only when it arrives late
enough after the launch for the activity to have been done (h5p/services.py)."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(32)


class H5PLaunch(models.Model):
    enrolment = models.ForeignKey(
        "courses.Enrolment", on_delete=models.CASCADE, related_name="h5p_launches"
    )
    lesson_key = models.UUIDField()
    block_id = models.CharField(max_length=64)
    # Unguessable, and given only to her, in the player page.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)

    class Meta:
        verbose_name = _("H5P launch")
        verbose_name_plural = _("H5P launches")
        indexes = [models.Index(fields=["enrolment", "lesson_key", "block_id", "started_at"])]

    def __str__(self) -> str:
        return f"{self.enrolment_id}: {self.lesson_key}/{self.block_id} {self.started_at:%H:%M:%S}"
