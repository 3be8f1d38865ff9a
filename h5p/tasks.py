from celery import shared_task
from django.utils import timezone

from h5p import services
from h5p.models import H5PPackage
from outbox.selectors import stuck_after


# Its registered name predates the rename: queued messages carry it.
@shared_task(name="h5p.tasks.process_package", ignore_result=True)
def package_process(package_id: int) -> None:
    """Validate and extract an uploaded package (idempotent: a processed one is left alone)."""
    services.package_process(package_id=package_id)


@shared_task(ignore_result=True)
def packages_process_queued() -> int:
    """Run by Celery beat: queue again the packages still "queued" a while after their upload
    (the broker was down, or the message was lost with a worker)."""
    return services.packages_requeue(
        packages=H5PPackage.objects.filter(
            status=H5PPackage.Status.QUEUED, uploaded_at__lt=timezone.now() - stuck_after()
        )
    )
