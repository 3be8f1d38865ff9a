"""core.i18n.in_locale: a page in the reader's language when it is published in it, else the
page itself."""

from wagtail.models import Locale

from core.i18n import in_locale
from courses.models import CoursePage


def russian(course, *, live: bool):
    locale = Locale.objects.get_or_create(language_code="ru")[0]
    translation = course.copy_for_translation(locale, copy_parents=True)  # a draft
    translation.title = "Гендерное равенство"
    revision = translation.save_revision()
    if live:
        revision.publish()
    return CoursePage.objects.get(pk=translation.pk)


def test_a_published_translation_is_taken_by_code_or_locale(course):
    translation = russian(course, live=True)

    assert in_locale(course, "ru") == translation
    assert in_locale(course, translation.locale) == translation
    assert in_locale([course, course], "ru") == [translation, translation]
    assert in_locale(translation, course.locale) == course


def test_a_draft_translation_leaves_the_page_as_it_is(course):
    russian(course, live=False)

    assert in_locale(course, "ru") == course
    assert in_locale(course, "ru", live=False).locale.language_code == "ru"


def test_no_such_language_leaves_the_page_as_it_is(course):
    assert in_locale(course, "ru") == course
    assert in_locale(course, "de") == course
    assert in_locale(course, None) == course


def test_of_a_queryset_its_first_row_in_the_language_else_its_first(course):
    translation = russian(course, live=True)
    both = CoursePage.objects.live().filter(translation_key=course.translation_key)

    assert in_locale(both, "ru") == translation
    assert in_locale(both, "de") == both.first()
    assert in_locale(CoursePage.objects.none(), "ru") is None
