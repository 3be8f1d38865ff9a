"""Thin tasks: load by id, call a service. Each is idempotent, so a retry or a message delivered
twice changes nothing more."""

from celery import shared_task

from certificates import print_jobs, services
from certificates.models import Certificate, PrintChunk, PrintJob

RETRIES = 3


@shared_task(bind=True, max_retries=RETRIES, acks_late=True)
def certificate_render(self, certificate_id: int) -> None:
    certificate = (
        Certificate.objects.select_related("template").filter(pk=certificate_id).first()
    )
    if certificate is None or certificate.is_ready:
        return
    try:
        services.certificate_render(certificate=certificate)
    except Exception as error:
        if self.request.retries < RETRIES:
            raise self.retry(exc=error, countdown=2 ** (self.request.retries + 2)) from error
        # Never silently lost: coordinators see it failed, with the reason, and can retry.
        services.certificate_render_failed(certificate_id=certificate_id, error=repr(error))


@shared_task(acks_late=True)
def print_job_run(job_id: int) -> None:
    job = PrintJob.objects.filter(pk=job_id).first()
    if job is not None and job.status != PrintJob.Status.DONE:
        print_jobs.print_job_run(job=job)


@shared_task(bind=True, max_retries=RETRIES, acks_late=True)
def print_chunk_render(self, chunk_id: int) -> None:
    chunk = PrintChunk.objects.select_related("job").filter(pk=chunk_id).first()
    if chunk is None or chunk.job.status == PrintJob.Status.FAILED:
        return
    try:
        print_jobs.print_chunk_render(chunk=chunk)
    except Exception as error:
        if self.request.retries < RETRIES:
            raise self.retry(exc=error, countdown=2 ** (self.request.retries + 1)) from error
        print_jobs.print_chunk_failed(chunk_id=chunk_id, error=repr(error))
