"""Thin tasks: load by id, call a service. Each is idempotent, so a retry or a message delivered
twice changes nothing more.

A failed attempt queues the next one itself (with the attempt number) rather than through
Task.retry, so that tests running tasks eagerly go through the same retries and the same final
failure as the worker does."""

from celery import shared_task

from certificates import print_jobs, services
from certificates.models import Certificate, PrintChunk, PrintJob
from outbox.selectors import stuck_after

RETRIES = 3


@shared_task(acks_late=True)
def certificate_render(certificate_id: int, attempt: int = 0) -> None:
    certificate = Certificate.objects.select_related("template").filter(pk=certificate_id).first()
    if certificate is None or certificate.is_ready:
        return
    try:
        services.certificate_render(certificate=certificate)
    except Exception as error:
        if attempt < RETRIES:
            certificate_render.apply_async(
                args=[certificate_id], kwargs={"attempt": attempt + 1}, countdown=4**attempt
            )
            return
        # Never silently lost: coordinators see it failed, with the reason, and can retry.
        services.certificate_render_failed(certificate_id=certificate_id, error=repr(error))


@shared_task(acks_late=True)
def print_job_run(job_id: int) -> None:
    job = PrintJob.objects.filter(pk=job_id).first()
    if job is not None and job.status != PrintJob.Status.DONE:
        print_jobs.print_job_run(job=job)


@shared_task(acks_late=True)
def print_chunk_render(chunk_id: int, attempt: int = 0) -> None:
    chunk = PrintChunk.objects.select_related("job").filter(pk=chunk_id).first()
    if chunk is None or chunk.job.status == PrintJob.Status.FAILED:
        return
    try:
        print_jobs.print_chunk_render(chunk=chunk)
    except Exception as error:
        if attempt < RETRIES:
            print_chunk_render.apply_async(
                args=[chunk_id], kwargs={"attempt": attempt + 1}, countdown=2**attempt
            )
            return
        print_jobs.print_chunk_failed(chunk_id=chunk_id, error=repr(error))


@shared_task(ignore_result=True)
def certificates_render_pending() -> int:
    """Run by Celery beat: certificates still waiting for their PDF a while after they were
    issued (the broker was down when they were)."""
    return services.certificates_render_pending(older_than=stuck_after())
