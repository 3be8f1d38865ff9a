import pytest

from courses.models import LessonPage
from courses.services import enrolment_create, lesson_mark_done
from programmes.blocks import Kind, Rule
from tests.factories import build_course, build_programme


def complete_course(user, course):
    """She enrols (if she is not) and marks every lesson done, as on the site."""
    enrolment_create(user=user, course=course, by=user)
    for lesson in LessonPage.objects.live().descendant_of(course):
        lesson_mark_done(user=user, lesson=lesson)


@pytest.fixture
def complete(django_capture_on_commit_callbacks):
    """Complete a course, its signals run as after a commit."""

    def run(user, course):
        with django_capture_on_commit_callbacks(execute=True):
            complete_course(user, course)

    return run


@pytest.fixture
def three_courses(catalogue):
    return [
        build_course(catalogue, title=title, modules=1, lessons=1)
        for title in ("Жергиликтүү башкаруу", "Бюджет", "Биргелешкен чечим")
    ]


@pytest.fixture
def school(catalogue, three_courses):
    """All of: the first course; any 1 of: the other two."""
    first, budget, joint = three_courses
    return build_programme(
        catalogue,
        [
            (Rule.ALL, 1, False, [(Kind.COURSE, first)]),
            (Rule.ANY, 1, False, [(Kind.COURSE, budget), (Kind.COURSE, joint)]),
        ],
    )
