"""An uploaded .h5p package: its processing status and, once ready, its content in the store."""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class H5PPackageQuerySet(models.QuerySet):
    def ready(self):
        return self.filter(status=H5PPackage.Status.READY)


class H5PPackage(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        VALIDATING = "validating", _("Validating")
        EXTRACTING = "extracting", _("Extracting")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUEUED
    )
    # Why a package was refused, in the language of the person who uploaded it.
    errors = models.JSONField(_("reasons"), default=list, blank=True)
    file_name = models.CharField(_("file"), max_length=255, blank=True)
    # The language she uploaded in: the reasons a package is refused are written in it.
    language = models.CharField(max_length=8, blank=True)
    main_library = models.CharField(_("content type"), max_length=127, blank=True)
    # The package's h5p.json, as read at upload.
    manifest = models.JSONField(default=dict, blank=True)
    libraries = models.ManyToManyField(
        "h5p.H5PLibrary", related_name="packages", blank=True, verbose_name=_("libraries")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)

    objects = H5PPackageQuerySet.as_manager()

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY

    @property
    def upload_path(self) -> Path:
        """Where the uploaded file waits for the worker; removed once processed."""
        return Path(settings.H5P_ROOT) / "incoming" / f"{self.uuid}.h5p"

    @property
    def content_path(self) -> Path:
        """h5p.json and content/, as h5p-standalone reads them."""
        return Path(settings.H5P_ROOT) / "content" / str(self.uuid)
