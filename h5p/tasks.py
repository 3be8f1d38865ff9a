from celery import shared_task
from django.utils import timezone

from h5p.models import H5PPackage
from h5p.services import package_process, packages_requeue
from outbox.selectors import stuck_after


@shared_task(ignore_result=True)
def process_package(package_id: int) -> None:
    """Validate and extract an uploaded package (idempotent: a processed one is left alone)."""
    package_process(package_id=package_id)


@shared_task(ignore_result=True)
def packages_process_queued() -> int:
    """Run by Celery beat: queue again the packages still "queued" a while after their upload
    (the broker was down, or the message was lost with a worker)."""
    return packages_requeue(
        packages=H5PPackage.objects.filter(
            status=H5PPackage.Status.QUEUED, uploaded_at__lt=timezone.now() - stuck_after()
        )
    )
