import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


def build_course(catalogue, *, title="CEDAW негиздери", modules=2, lessons=2, **fields):
    course = catalogue.add_child(
        instance=CoursePage(title=title, summary=f"{title}: кыскача", **fields)
    )
    for m in range(modules):
        module = course.add_child(instance=ModulePage(title=f"{m + 1}-модуль"))
        for n in range(lessons):
            module.add_child(
                instance=LessonPage(
                    title=f"{m + 1}.{n + 1}-сабак",
                    body=[
                        ("text", f"<p>Сабактын тексти {m + 1}.{n + 1}: теңчилик жөнүндө.</p>"),
                        (
                            "trainer_notes",
                            {"notes": "<p>Тренер үчүн: топту экиге бөлүңүз.</p>", "handouts": []},
                        ),
                    ],
                )
            )
    return course


@pytest.fixture
def catalogue(db):
    home = Page.objects.get(depth=2)
    return home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))


@pytest.fixture
def course(catalogue):
    return build_course(catalogue)


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))
