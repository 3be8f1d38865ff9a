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


def _attempt(task, object_id: int, attempt: int, *, run, failed, backoff: int) -> None:
    """Run once; on an error queue the next attempt after backoff**attempt seconds, and after
    the last one record the failure with its reason."""
    try:
        run()
    except Exception as error:
        if attempt < RETRIES:
            task.apply_async(
                args=[object_id], kwargs={"attempt": attempt + 1}, countdown=backoff**attempt
            )
            return
        failed(repr(error))


@shared_task(acks_late=True)
def certificate_render(certificate_id: int, attempt: int = 0) -> None:
    certificate = Certificate.objects.select_related("template").filter(pk=certificate_id).first()
    if certificate is None or certificate.is_ready:
        return
    _attempt(
        certificate_render,
        certificate_id,
        attempt,
        run=lambda: services.certificate_render(certificate=certificate),
        # Never silently lost: coordinators see it failed, with the reason, and can retry.
        failed=lambda error: services.certificate_render_failed(
            certificate_id=certificate_id, error=error
        ),
        backoff=4,
    )


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
    _attempt(
        print_chunk_render,
        chunk_id,
        attempt,
        run=lambda: print_jobs.print_chunk_render(chunk=chunk),
        failed=lambda error: print_jobs.print_chunk_failed(chunk_id=chunk_id, error=error),
        backoff=2,
    )


@shared_task(ignore_result=True)
def certificates_render_pending() -> int:
    """Run by Celery beat: certificates still waiting for their PDF a while after they were
    issued (the broker was down when they were)."""
    return services.certificates_render_pending(older_than=stuck_after())
