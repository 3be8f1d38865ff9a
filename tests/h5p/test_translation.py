"""A lesson translated with wagtail-localize keeps its H5P block (same id, same package), and a
learner's score holds in every language."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from courses.models import LessonPage
from h5p.models import H5PResult
from tests.h5p.fixtures import launched, statement, xapi_post


def test_the_russian_lesson_plays_the_same_activity_and_counts_the_same_score(
    client_for, learner, h5p_lesson, enrolled
):
    _course, lesson, block_id = h5p_lesson
    russian = Locale.objects.get_or_create(language_code="ru")[0]
    source, _created = TranslationSource.get_or_create_from_instance(lesson)
    source.create_or_update_translation(russian, copy_parent_pages=True, fallback=True)
    translated = LessonPage.objects.get(translation_key=lesson.translation_key, locale=russian)
    translated.save_revision().publish()
    blocks = [block for block in translated.body if block.block_type == "h5p"]
    assert [block.id for block in blocks] == [block_id]
    assert blocks[0].value["package"] == next(
        block.value["package"] for block in lesson.body if block.id == block_id
    )

    in_russian = (_course, translated, block_id)
    client = launched(client_for(learner), in_russian)
    assert xapi_post(client, in_russian, statement(raw=1)).status_code == 201
    result = H5PResult.objects.get(enrolment=enrolled)
    assert (result.lesson_key, result.block_id, result.best_percent) == (
        lesson.translation_key,
        block_id,
        100,
    )
