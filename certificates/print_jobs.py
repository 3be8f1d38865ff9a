"""Print jobs: a selection of certificates rendered in chunks, then assembled into one PDF (one
certificate a page) or a ZIP of the individual PDFs.

Each chunk is its own task, so a worker with two processes renders two chunks at once. A chunk
writes its file and then marks itself done; the job is assembled from exactly one file per chunk,
in order. A worker killed mid-job therefore loses at most the chunk it was rendering: the job is
resumed (by the next worker that starts, or by the coordinator's "Try again") and never prints a
certificate twice."""

import io
import zipfile
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max, Min, Q
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from pypdf import PdfWriter

from certificates.layouts import holder_for, kind_of, layout_for
from certificates.models import Certificate, PrintChunk, PrintJob, PrintJobItem
from certificates.rendering import render_pdf
from certificates.services import CertificateRefused, certificate_render
from outbox.services import enqueue_on_commit
from people.models import User

# A job whose worker has said nothing for this long is taken to have died with it.
STALE_AFTER = timedelta(minutes=2)


@transaction.atomic
def print_job_create(*, certificate_ids: list[int], kind: str, by: User) -> PrintJob:
    ids = list(dict.fromkeys(certificate_ids))  # keep the order, drop repeats
    found = set(Certificate.objects.filter(pk__in=ids).values_list("pk", flat=True))
    ids = [pk for pk in ids if pk in found]
    if not ids:
        raise CertificateRefused(_("Select at least one certificate to print."))
    if kind not in PrintJob.Kind.values:
        raise CertificateRefused(_("Choose a PDF or a ZIP."))
    job = PrintJob.objects.create(
        created_by=by, kind=kind, total=len(ids), title=print_job_title(ids)
    )
    size = settings.CERTIFICATE_PRINT_CHUNK
    PrintJobItem.objects.bulk_create(
        PrintJobItem(job=job, certificate_id=pk, position=i, chunk=i // size)
        for i, pk in enumerate(ids)
    )
    PrintChunk.objects.bulk_create(
        PrintChunk(job=job, number=n, size=min(size, len(ids) - n * size))
        for n in range((len(ids) + size - 1) // size)
    )
    _run_later(job)
    return job


def print_job_title(certificate_ids: list[int]) -> str:
    """What the job prints, in the active language: the course, the dates and the count
    ("CEDAW негиздери, 8-декабрь 2026-ж.: 14 сертификат")."""
    certificates = Certificate.objects.filter(pk__in=certificate_ids)
    courses = dict(certificates.values_list("course_key", "course_title"))
    dates = certificates.aggregate(first=Min("completed_on"), last=Max("completed_on"))
    if len(courses) == 1:
        course = next(iter(courses.values()))
    else:
        course = ngettext("%(count)s course", "%(count)s courses", len(courses)) % {
            "count": len(courses)
        }
    day = formats.date_format(dates["first"], "DATE_FORMAT")
    if dates["last"] != dates["first"]:
        day = f"{day} – {formats.date_format(dates['last'], 'DATE_FORMAT')}"
    count = len(certificate_ids)
    return ngettext(
        "%(course)s, %(date)s: %(count)s certificate",
        "%(course)s, %(date)s: %(count)s certificates",
        count,
    ) % {"course": course, "date": day, "count": count}


def _run_later(job: PrintJob) -> None:
    from certificates.tasks import print_job_run

    # A broker that is down leaves the job "queued": the coordinator's "Try again" (offered once
    # it is stalled) or the next worker to start takes it up.
    enqueue_on_commit(print_job_run, job.pk)


def print_job_run(*, job: PrintJob) -> None:
    """Queue every chunk not yet done (again, after a restart: a chunk done is skipped)."""
    from certificates.tasks import print_chunk_render

    PrintJob.objects.filter(pk=job.pk).update(
        status=PrintJob.Status.RUNNING, heartbeat=timezone.now(), error=""
    )
    pending = list(job.chunks.filter(done=False).values_list("pk", flat=True))
    if not pending:
        print_job_assemble_when_ready(job=job)
    for pk in pending:
        print_chunk_render.delay(pk)


def _chunk_certificates(chunk: PrintChunk) -> list[Certificate]:
    items = PrintJobItem.objects.filter(job_id=chunk.job_id, chunk=chunk.number).order_by(
        "position"
    )
    by_pk = {
        certificate.pk: certificate
        for certificate in Certificate.objects.filter(
            pk__in=items.values("certificate_id")
        ).select_related("template", "training_registration__participant")
    }
    return [by_pk[pk] for pk in items.values_list("certificate_id", flat=True)]


def print_chunk_render(*, chunk: PrintChunk) -> None:
    if chunk.done:
        print_job_assemble_when_ready(job=chunk.job)
        return
    certificates = _chunk_certificates(chunk)

    def rendered(count: int) -> None:
        # Its own short write per certificate, read by the job page as it refreshes.
        PrintChunk.objects.filter(pk=chunk.pk).update(rendered=count)
        PrintJob.objects.filter(pk=chunk.job_id).update(heartbeat=timezone.now())

    rendered(0)
    if chunk.job.kind == PrintJob.Kind.PDF:
        layouts = {}
        for certificate in certificates:
            key = (certificate.template_id, certificate.language, kind_of(certificate))
            if key not in layouts:
                layouts[key] = layout_for(certificate.template, key[1], kind=key[2])
        content = render_pdf(
            [
                (layouts[(c.template_id, c.language, kind_of(c))], holder_for(c))
                for c in certificates
            ],
            title=chunk.job.title,
            rendered=rendered,
        )
        # The same name each time: a chunk rendered again replaces its file, never adds one.
        if chunk.file:
            chunk.file.storage.delete(chunk.file.name)
        chunk.file.save(
            f"job-{chunk.job_id}-{chunk.number:05d}.pdf", ContentFile(content), save=False
        )
    else:
        for count, certificate in enumerate(certificates, start=1):
            if not certificate.is_ready:
                certificate_render(certificate=certificate)
            rendered(count)
    with transaction.atomic():
        PrintChunk.objects.filter(pk=chunk.pk).update(
            done=True, rendered=chunk.size, file=chunk.file.name or ""
        )
        PrintJob.objects.filter(pk=chunk.job_id).update(heartbeat=timezone.now())
    print_job_assemble_when_ready(job=chunk.job)


def print_chunk_failed(*, chunk_id: int, error: str) -> None:
    job_id = PrintChunk.objects.filter(pk=chunk_id).values_list("job_id", flat=True).first()
    PrintJob.objects.filter(pk=job_id).exclude(status=PrintJob.Status.DONE).update(
        status=PrintJob.Status.FAILED, error=error[:2000], finished_at=timezone.now()
    )


def print_job_assemble_when_ready(*, job: PrintJob) -> None:
    """Assemble once every chunk is done. Two chunks finishing together may both get here; the
    conditional update lets only one of them go on."""
    if job.chunks.filter(done=False).exists():
        return
    claimed = PrintJob.objects.filter(
        pk=job.pk, status__in=[PrintJob.Status.RUNNING, PrintJob.Status.QUEUED]
    ).update(status=PrintJob.Status.DONE, heartbeat=timezone.now())
    if not claimed:
        return
    try:
        name, content = _assemble(job)
        job.file.save(name, ContentFile(content), save=False)
    except Exception as error:
        PrintJob.objects.filter(pk=job.pk).update(
            status=PrintJob.Status.FAILED, error=str(error)[:2000], finished_at=timezone.now()
        )
        raise
    PrintJob.objects.filter(pk=job.pk).update(file=job.file.name, finished_at=timezone.now())
    # The chunks' files are dropped only once the whole is safely stored.
    for chunk in job.chunks.exclude(file=""):
        chunk.file.storage.delete(chunk.file.name)


def merge_pdfs(files: list) -> bytes:
    """One PDF of the given PDFs' pages, in order. The first PDF is cloned, so the whole keeps
    its PDF/A metadata and output intent; the others' pages are appended."""
    output = io.BytesIO()
    writer = PdfWriter(clone_from=files[0])
    writer.pdf_header = b"%PDF-1.7"  # as WeasyPrint wrote it: PDF/A-3 is PDF 1.7
    for file in files[1:]:
        writer.append(file)
    writer.write(output)
    return output.getvalue()


def _assemble(job: PrintJob) -> tuple[str, bytes]:
    if job.kind == PrintJob.Kind.PDF:
        chunks = job.chunks.order_by("number")
        return f"certificates-{job.pk}.pdf", merge_pdfs([chunk.file.path for chunk in chunks])
    output = io.BytesIO()
    items = job.items.select_related("certificate").order_by("position")
    with zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as archive:
        for item in items:
            certificate = item.certificate
            name = slugify(certificate.holder_name, allow_unicode=True) or "certificate"
            with certificate.pdf.open("rb") as pdf:
                archive.writestr(
                    f"{item.position + 1:04d}-{name}-{certificate.code}.pdf", pdf.read()
                )
    return f"certificates-{job.pk}.zip", output.getvalue()


def print_job_retry(*, job: PrintJob) -> PrintJob:
    """Try a failed or stalled job again: it goes on from the chunks already done."""
    PrintJob.objects.filter(pk=job.pk).update(
        status=PrintJob.Status.QUEUED, error="", finished_at=None
    )
    _run_later(job)
    return job


def is_stalled(job: PrintJob) -> bool:
    """No word from a worker for a while: it died, or none is running."""
    last_seen = job.heartbeat or job.created_at
    return (
        job.status in (PrintJob.Status.QUEUED, PrintJob.Status.RUNNING)
        and timezone.now() - last_seen > STALE_AFTER
    )


def print_jobs_resume() -> int:
    """On a worker's start: queue again the jobs a stopped worker left unfinished."""
    unfinished = PrintJob.objects.filter(
        Q(status__in=[PrintJob.Status.QUEUED, PrintJob.Status.RUNNING])
        | Q(status=PrintJob.Status.DONE, file="")
    )
    unfinished.filter(status=PrintJob.Status.DONE).update(status=PrintJob.Status.RUNNING)
    count = 0
    for job in unfinished:
        _run_later(job)
        count += 1
    return count


def progress(job: PrintJob) -> dict:
    """Certificates rendered so far: whole chunks done, and those rendered in chunks under way."""
    done = sum(
        size if finished else min(count, size)
        for size, count, finished in job.chunks.values_list("size", "rendered", "done")
    )
    return {
        "done": done,
        "total": job.total,
        "percent": round(100 * done / job.total) if job.total else 100,
    }
