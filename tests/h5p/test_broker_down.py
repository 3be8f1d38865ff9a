"""With the broker unreachable, an upload answers normally and its package stays "queued";
beat processes it once the worker can, and a package queued twice is processed once."""

from datetime import timedelta

from django.utils import timezone

from h5p.models import H5PPackage
from h5p.tasks import package_process as package_process_task
from h5p.tasks import packages_process_queued
from tests.h5p.fixtures import TRUE_FALSE
from tests.h5p.test_admin_upload import post_upload


def test_an_upload_while_the_broker_is_down_stays_queued_then_beat_processes_it(
    client_for,
    administrator,
    samples,
    h5p_store,
    broker_down,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    client = client_for(administrator)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_upload(client, (samples / TRUE_FALSE).read_bytes())
    assert response.status_code == 302
    package = H5PPackage.objects.get()
    assert package.status == H5PPackage.Status.QUEUED

    monkeypatch.undo()  # the broker is back (tasks run eagerly again)
    assert packages_process_queued() == 0  # not yet stuck: a worker may be on its way
    H5PPackage.objects.update(uploaded_at=timezone.now() - timedelta(hours=1))
    assert packages_process_queued() == 1
    package.refresh_from_db()
    assert package.status == H5PPackage.Status.READY
    package_process_task(package.pk)  # a second message for it changes nothing
    package.refresh_from_db()
    assert package.status == H5PPackage.Status.READY and package.errors == []


def test_the_task_keeps_its_registered_name():
    # Messages already queued (or a beat schedule) name the task as it was registered first.
    assert package_process_task.name == "h5p.tasks.process_package"
