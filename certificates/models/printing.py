"""Print jobs: a coordinator's selection of certificates rendered as one PDF or a ZIP.

Progress is kept per chunk (and per certificate within it) in the database, so a job survives
a worker restart: a resumed job renders only the chunks not yet done, and the result is
assembled from exactly one file per chunk, so nothing is ever printed twice."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import actor_field
from core.private_files import RandomName, private_storage


class PrintJob(models.Model):
    class Kind(models.TextChoices):
        PDF = "pdf", _("One PDF to print")
        ZIP = "zip", _("ZIP of PDFs")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    created_by = actor_field()
    created_at = models.DateTimeField(auto_now_add=True)
    kind = models.CharField(max_length=3, choices=Kind.choices, default=Kind.PDF)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(default=0)
    # What is printed, in the coordinator's language: the PDF's title and the job page's.
    title = models.CharField(max_length=255, blank=True)
    error = models.TextField(blank=True)
    heartbeat = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to=RandomName("print-jobs"), storage=private_storage, blank=True)
    certificates = models.ManyToManyField(
        "certificates.Certificate", through="PrintJobItem", related_name="+"
    )

    class Meta:
        verbose_name = _("print job")
        verbose_name_plural = _("print jobs")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.pk} {self.kind} {self.status}"


class PrintJobItem(models.Model):
    job = models.ForeignKey(PrintJob, on_delete=models.CASCADE, related_name="items")
    certificate = models.ForeignKey(
        "certificates.Certificate", on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveIntegerField()
    chunk = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("print job item")
        verbose_name_plural = _("print job items")
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "certificate"], name="print_once_per_job"),
            models.UniqueConstraint(fields=["job", "position"], name="one_item_per_position"),
        ]

    def __str__(self) -> str:
        return f"{self.job_id}/{self.position}"


class PrintChunk(models.Model):
    job = models.ForeignKey(PrintJob, on_delete=models.CASCADE, related_name="chunks")
    number = models.PositiveIntegerField()
    size = models.PositiveIntegerField()
    # Certificates rendered so far, written after each one: the progress bar moves with them.
    rendered = models.PositiveIntegerField(default=0)
    done = models.BooleanField(default=False)
    attempts = models.PositiveSmallIntegerField(default=0)
    file = models.FileField(
        upload_to=RandomName("print-jobs/chunks"), storage=private_storage, blank=True
    )

    class Meta:
        verbose_name = _("print job part")
        verbose_name_plural = _("print job parts")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["job", "number"], name="one_chunk_per_number")
        ]

    def __str__(self) -> str:
        return f"{self.job_id}/{self.number}"
