"""Real H5P packages from ../shared/h5p-samples (read in place, never copied into the
repository), a store in a temporary folder, and lessons with H5P blocks. A plugin of
tests/conftest.py, so that the browser tests share it."""

import io
import json
import os
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonPage
from h5p.models import H5PLaunch, H5PPackage
from h5p.services import package_upload
from tests.factories import build_course

SHARED = Path(os.environ.get("TENDIK_SHARED", Path(settings.BASE_DIR).parent / "shared"))
SAMPLES = SHARED / "h5p-samples"
TRUE_FALSE = "true-false-question-34806.h5p"
TRUE_FALSE_OLD = "true-false-h5p-standalone-test.h5p"
MULTIPLE_CHOICE = "multiple-choice-713.h5p"
QUESTION_SET = "question-set-616.h5p"
INTERACTIVE_VIDEO = "interactive-video-2-618.h5p"
ALL_SAMPLES = [TRUE_FALSE, MULTIPLE_CHOICE, QUESTION_SET, INTERACTIVE_VIDEO, TRUE_FALSE_OLD]


@pytest.fixture
def samples() -> Path:
    if not (SAMPLES / TRUE_FALSE).exists():
        pytest.skip(f"the real H5P packages are not at {SAMPLES} (set TENDIK_SHARED)")
    return SAMPLES


@pytest.fixture
def h5p_store(settings, tmp_path) -> Path:
    settings.H5P_ROOT = tmp_path / "h5p-store"
    return settings.H5P_ROOT


def files_in(root: Path) -> list[str]:
    """Every file under the store, so that a test can say nothing was left behind."""
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def rewrite(source: Path, *, drop=lambda name: False, add=()) -> bytes:
    """A copy of a real package with entries left out and others added, built in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w") as copy:
        for info in original.infolist():
            if not drop(info.filename):
                copy.writestr(info, original.read(info))
        for item in add:
            if isinstance(item, zipfile.ZipInfo):
                copy.writestr(item, b"")
            else:
                name, data = item
                copy.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.fixture
def upload(django_capture_on_commit_callbacks, administrator, h5p_store):
    """Upload a package as the given person (an administrator by default); the Celery task
    runs eagerly when the upload's transaction commits."""

    def make(content: bytes | Path, *, by=None, title="Чын же жалган", name="package.h5p"):
        data = content.read_bytes() if isinstance(content, Path) else content
        with django_capture_on_commit_callbacks(execute=True):
            package = package_upload(
                title=title, upload=SimpleUploadedFile(name, data), user=by or administrator
            )
        package.refresh_from_db()
        return package

    return make


def lesson_with_h5p(catalogue, package: H5PPackage, *, pass_mark=None, title="H5P курсу"):
    """A course whose first lesson holds one H5P block; returns (course, lesson, block id)."""
    course = build_course(catalogue, title=title, modules=1, lessons=2)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    lesson.body.append(("h5p", {"package": package, "pass_mark": pass_mark}))
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    block_id = next(block.id for block in lesson.body if block.block_type == "h5p")
    return course, lesson, block_id


def statement(*, raw=None, top=1, verb="answered", parent=False, completion=True, actor=None):
    """An xAPI statement shaped as H5P sends it."""
    data = {
        "actor": actor or {"name": "Player", "mbox": "mailto:player@example.kg"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
        "object": {"id": "http://testserver/h5p/play/", "objectType": "Activity"},
        "context": {
            "contextActivities": {
                "category": [{"id": "http://h5p.org/libraries/H5P.TrueFalse-1.8"}]
            }
        },
    }
    if parent:
        data["context"]["contextActivities"]["parent"] = [{"id": "http://testserver/set"}]
    if raw is not None:
        data["result"] = {
            "score": {"min": 0, "max": top, "raw": raw, "scaled": raw / top},
            "completion": completion,
            "success": raw == top,
        }
    return data


@pytest.fixture
def h5p_lesson(samples, upload, catalogue):
    """A course whose first lesson holds the true/false sample, pass mark 100%."""
    package = upload(samples / TRUE_FALSE)
    return lesson_with_h5p(catalogue, package, pass_mark=100)


@pytest.fixture
def enrolled(h5p_lesson, learner):
    from courses.services import enrolment_create

    return enrolment_create(user=learner, course=h5p_lesson[0])


def launched(client, h5p_lesson, *, seconds_ago=60):
    """Open the player as the client's person, as the lesson's start button does; the launch
    is backdated (a play that began `seconds_ago` seconds ago, long enough to have done the
    activity). Her later xapi_post calls carry its token (empty when the server launched none).
    Returns the client."""
    _course, lesson, block_id = h5p_lesson
    player = client.get(reverse("h5p:player", args=[lesson.pk, block_id]))
    # No launch for those who may not play it (refused), nor for staff trying it out.
    config = player.context["config"] if player.status_code == 200 else {}
    client.h5p_launch = config.get("launch", "")
    H5PLaunch.objects.filter(token=client.h5p_launch).update(
        started_at=timezone.now() - timedelta(seconds=seconds_ago)
    )
    return client


def xapi_post(client, h5p_lesson, data, *, launch=None):
    """Post a statement (a dict, or a body as is) as the player does, with the token of the
    client's launch (or `launch`, or none when the client was never launched)."""
    _course, lesson, block_id = h5p_lesson
    url = reverse("h5p:xapi", args=[lesson.pk, block_id])
    body = data if isinstance(data, (bytes, str)) else json.dumps(data)
    token = launch if launch is not None else getattr(client, "h5p_launch", "")
    return client.post(url, body, content_type="application/json", headers={"X-H5P-Launch": token})
