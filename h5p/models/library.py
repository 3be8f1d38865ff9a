"""The library store: each H5P library once per machine name and major.minor version, shared by
all the content that needs it. Library code runs in learners' browsers, so adding a version that
is not yet installed takes its own permission (administrators only)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class H5PLibrary(models.Model):
    machine_name = models.CharField(_("machine name"), max_length=127)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"), default=0)
    title = models.CharField(_("title"), max_length=255, blank=True)
    # The folders (Name-major.minor) of the libraries this one loads, preloaded and dynamic.
    dependencies = models.JSONField(default=list, blank=True)
    installed_at = models.DateTimeField(_("installed at"), auto_now_add=True)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("installed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="one_library_per_minor_version",
            )
        ]
        permissions = [("install_h5plibrary", _("Can install new H5P libraries"))]

    def __str__(self) -> str:
        return f"{self.machine_name} {self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def version(self) -> str:
        return f"{self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self) -> str:
        return library_folder(self.machine_name, self.major_version, self.minor_version)


def library_folder(machine_name: str, major: int, minor: int) -> str:
    """The folder name H5P and h5p-standalone use for a library version."""
    return f"{machine_name}-{major}.{minor}"
