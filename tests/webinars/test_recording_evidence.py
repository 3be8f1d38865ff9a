"""Watching a recording counts only for a registered person, and only from the progress reports
her player sent while she watched, each checked against the server's clock (issue 12.3)."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtailmedia.models import get_media_model

from certificates.models import Certificate
from tests.webinars.conftest import make_webinar
from webinars.models import RecordingViewing, Registration
from webinars.services import RecordingRefused, recording_progress, registration_create

pytestmark = pytest.mark.django_db

LENGTH = 120  # seconds of recording


@pytest.fixture
def recorded(series, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.WEBINAR_RECORDING_SHARE = 0.9
    settings.WEBINAR_REPORT_SECONDS = 15
    webinar = make_webinar(series, recording_counts=True)
    webinar.recording = get_media_model().objects.create(
        title="talk", type="video", duration=LENGTH, file=SimpleUploadedFile("t.webm", b"\x1a")
    )
    webinar.save_revision().publish()
    return webinar


@pytest.fixture
def registered(recorded, learner):
    return registration_create(user=learner, webinar=recorded)


def certificates(user):
    return Certificate.objects.filter(user=user)


def report(client, webinar, start, end):
    url = reverse("webinars:watched", args=[webinar.pk])
    return client.post(url, {"from": start, "to": end})


def test_someone_never_registered_is_refused_and_gets_no_certificate(
    recorded, learner, client_for, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(learner).post(reverse("webinars:watched", args=[recorded.pk]))
        refused = report(client_for(learner), recorded, 0, LENGTH)
    assert response.status_code == 400 and refused.status_code == 400
    assert not Registration.objects.exists()
    assert not certificates(learner).exists()


def test_one_forged_watched_post_issues_nothing(
    registered, recorded, learner, client_for, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client = client_for(learner)
        client.post(reverse("webinars:watched", args=[recorded.pk]))  # the old "ended" post
        report(client, recorded, 0, LENGTH)
    registration = Registration.objects.get(pk=registered.pk)
    assert not registration.attended and registration.watched_recording_at is None
    assert RecordingViewing.objects.get(registration=registered).seconds_covered == 0
    assert not certificates(learner).exists()


def test_reports_faster_than_real_time_do_not_count(registered, recorded, learner):
    start = timezone.now()
    recording_progress(user=learner, webinar=recorded, start=0, end=0, now=start)
    # 15 s of recording claimed every 7 s of wall time (played at double speed, or forged).
    for n in range(1, 17):
        recording_progress(
            user=learner,
            webinar=recorded,
            start=(n - 1) * 15,
            end=n * 15,
            now=start + timedelta(seconds=7 * n),
        )
    assert RecordingViewing.objects.get(registration=registered).seconds_covered == 0
    assert not Registration.objects.get(pk=registered.pk).attended


def test_one_report_after_a_long_wait_covers_no_more_than_two_intervals(
    registered, recorded, learner
):
    start = timezone.now()
    recording_progress(user=learner, webinar=recorded, start=0, end=0, now=start)
    later = start + timedelta(hours=1)
    recording_progress(user=learner, webinar=recorded, start=0, end=LENGTH, now=later)
    assert RecordingViewing.objects.get(registration=registered).seconds_covered == 0


def test_reports_in_real_time_over_the_share_count_and_issue_one_certificate(
    registered, recorded, learner, django_capture_on_commit_callbacks
):
    start = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        recording_progress(user=learner, webinar=recorded, start=0, end=0, now=start)
        for n in range(1, 8):  # 105 s of 120: not yet 90 %
            recording_progress(
                user=learner,
                webinar=recorded,
                start=(n - 1) * 15,
                end=n * 15,
                now=start + timedelta(seconds=15 * n + 1),
            )
    assert not Registration.objects.get(pk=registered.pk).attended
    assert not certificates(learner).exists()
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(8, 10):  # 120 s, then a report again over the same end
            recording_progress(
                user=learner,
                webinar=recorded,
                start=min((n - 1) * 15, LENGTH),
                end=min(n * 15, LENGTH),
                now=start + timedelta(seconds=15 * n + 1),
            )
    registration = Registration.objects.get(pk=registered.pk)
    assert registration.attended and registration.watched_recording_at
    viewing = RecordingViewing.objects.get(registration=registered)
    assert viewing.seconds_covered == LENGTH and viewing.segments == [[0, LENGTH]]
    assert certificates(learner).count() == 1
    assert certificates(learner).get().status == Certificate.Status.VALID


def test_parts_watched_twice_count_once(registered, recorded, learner):
    start = timezone.now()
    recording_progress(user=learner, webinar=recorded, start=0, end=0, now=start)
    for n in range(1, 9):  # the first 15 s, eight times over, in real time
        recording_progress(
            user=learner, webinar=recorded, start=0, end=15, now=start + timedelta(seconds=15 * n)
        )
    assert RecordingViewing.objects.get(registration=registered).seconds_covered == 15
    assert not Registration.objects.get(pk=registered.pk).attended


def test_a_waiting_person_is_refused(recorded, learner):
    Registration.objects.create(
        user=learner, webinar_key=recorded.translation_key, status="waiting", position=1
    )
    with pytest.raises(RecordingRefused):
        recording_progress(user=learner, webinar=recorded, start=0, end=0)


@pytest.mark.parametrize("values", [{"from": "x", "to": "1"}, {"from": "nan", "to": "inf"}, {}])
def test_a_report_that_is_not_numbers_gets_a_400(registered, recorded, learner, client_for, values):
    url = reverse("webinars:watched", args=[recorded.pk])
    response = client_for(learner).post(url, values)
    assert response.status_code == 400 and response.content
