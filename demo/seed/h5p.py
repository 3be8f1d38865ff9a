"""The demo's H5P activity: the real true/false sample in an optional lesson of the CEDAW course.

The samples are not part of the repository (../shared/h5p-samples, or $TENDIK_SHARED): without
them the demo simply has no H5P activity. Needs seed_people() and seed_courses() first; running
it again changes nothing."""

import os
from pathlib import Path

from django.conf import settings
from django.core.files import File
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage, ModulePage
from demo import content
from demo.seed.courses import LANGUAGES, pages_ensure
from h5p.models import H5PPackage
from h5p.services import package_process, package_upload
from people.models import User

SHARED = Path(os.environ.get("TENDIK_SHARED", Path(settings.BASE_DIR).parent / "shared"))
SAMPLE = SHARED / "h5p-samples" / "true-false-question-34806.h5p"
CONTENT = content.load("h5p")
TITLE = CONTENT["package_title"]
LESSON_SLUG = CONTENT["lesson"]["slug"]


def _package() -> H5PPackage:
    package = H5PPackage.objects.ready().filter(title=TITLE).first()
    if package is None:
        admin = User.objects.get(email="admin@demo.tendik.kg")
        with open(SAMPLE, "rb") as handle:
            package = package_upload(title=TITLE, upload=File(handle, name=SAMPLE.name), user=admin)
        # Processed here, before any worker runs, through the same service the queued task
        # calls: the task then finds it processed and leaves it alone.
        package = package_process(package_id=package.pk)
    return package


def seed_h5p() -> LessonPage | None:
    """The lesson holding the activity (in Kyrgyz), or None when the samples are absent."""
    if not SAMPLE.exists():
        return None
    package = _package()
    module = ModulePage.objects.get(
        slug=CONTENT["module"],
        locale__language_code="ky",
        path__startswith=CoursePage.objects.get(
            slug=CONTENT["course"], locale__language_code="ky"
        ).path,
    )
    modules = {
        language: module.get_translation(Locale.objects.get(language_code=language))
        for language in LANGUAGES
    }
    block = {"package": package, "pass_mark": 100}
    # The lesson is optional, so that the demo learners' progress stays as
    # demo/seed/courses.py sets it; the activity comes after its text.
    lesson = dict(CONTENT["lesson"])
    lesson["body"] = [*lesson["body"], {"h5p": dict.fromkeys(LANGUAGES, block)}]
    return pages_ensure(LessonPage, modules, lesson)["ky"]
