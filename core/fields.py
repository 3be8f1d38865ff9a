"""Model fields many apps declare alike."""

from django.conf import settings
from django.db import models


def actor_field(verbose_name=None, *, blank: bool = False, related_name: str = "+"):
    """Who did it (created, closed, merged, recorded…): a person who may later leave, so the
    record keeps its row with no one named (SET_NULL) and the user gets no reverse accessor.
    `blank` is kept per field: a form may leave some empty, and the migrations say which."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=blank,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )
