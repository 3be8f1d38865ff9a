from celery import shared_task


@shared_task
def agreements_end_due() -> int:
    """Agreements past their end date end, and both sides are asked for feedback."""
    from mentoring.services import end_due

    return end_due()
