from celery import shared_task

from h5p.services import package_process


@shared_task(ignore_result=True)
def process_package(package_id: int) -> None:
    """Validate and extract an uploaded package (idempotent: a processed one is left alone)."""
    package_process(package_id=package_id)
