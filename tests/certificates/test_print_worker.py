"""A cohort print job on a real broker and a real worker process, killed mid-job: the next
worker to start resumes it, and the merged PDF has every certificate exactly once."""

import io
import signal
import time
from datetime import date

import pytest
from pypdf import PdfReader

from certificates.codes import new_code
from certificates.models import Certificate, PrintJob
from certificates.print_jobs import print_job_create

# Committed for real, so that the worker sees it; the migrations' data (roles) is restored
# first, whatever earlier transactional tests flushed.
pytestmark = [
    pytest.mark.broker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COHORT, CHUNK = 40, 2


def wait_for(condition, timeout: float, interval: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"not within {timeout} s")


def test_a_cohort_job_survives_a_worker_killed_mid_job(
    broker,
    start_worker,
    settings,
    media,
    coordinator,
):
    settings.CERTIFICATE_PRINT_CHUNK = CHUNK
    broker["env"].update(
        DJANGO_MEDIA_ROOT=str(media),
        DJANGO_PRIVATE_MEDIA_ROOT=str(settings.PRIVATE_MEDIA_ROOT),
    )
    certificates = [
        Certificate.objects.create(
            code=new_code(),
            holder_name=f"Айгүл Өмүрова {n:02d}",
            course_key="00000000-0000-0000-0000-000000000001",
            course_title="CEDAW негиздери",
            language="ky",
            hours=12,
            completed_on=date(2026, 11, 20),
            # Only the print job is under test: no individual PDFs for the worker to render.
            rendering=Certificate.Rendering.READY,
        )
        for n in range(COHORT)
    ]
    first = start_worker()
    job = print_job_create(
        certificate_ids=[c.pk for c in certificates], kind=PrintJob.Kind.PDF, by=coordinator
    )

    wait_for(lambda: job.chunks.filter(done=True).exists(), timeout=120)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    done_at_kill = job.chunks.filter(done=True).count()
    assert 0 < done_at_kill < COHORT // CHUNK, "the worker finished before it could be killed"
    job.refresh_from_db()
    assert job.status == PrintJob.Status.RUNNING

    start_worker()
    wait_for(
        lambda: (
            PrintJob.objects.filter(pk=job.pk, status=PrintJob.Status.DONE)
            .exclude(file="")
            .exists()
        ),
        timeout=180,
        interval=0.2,
    )

    job.refresh_from_db()
    reader = PdfReader(io.BytesIO(job.file.read()))
    assert len(reader.pages) == COHORT
    names = [page.extract_text() for page in reader.pages]
    for n, text in enumerate(names):
        assert f"Айгүл Өмүрова {n:02d}" in text  # in order, each exactly once
