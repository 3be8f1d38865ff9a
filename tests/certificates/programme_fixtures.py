"""A school for women leaders in local self-government, built for the programme certificate's
tests: a course, its face-to-face training and a webinar, all required, then one elective of
two courses. `learner_all_but_last` leaves her one lesson short of the elective."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from courses.models import LessonPage
from courses.services import enrolment_create, lesson_mark_done
from programmes.blocks import Kind, Rule
from programmes.services import programme_enrol
from tests.factories import build_course, build_programme
from tests.trainings.completion_fixtures import make_participant, make_session, register
from tests.webinars.conftest import make_webinar
from trainings.completion import session_complete
from webinars.models import WebinarSeriesPage
from webinars.services import attendance_mark, registration_create

PROGRAMME_TITLE = "Жергиликтүү өз алдынча башкаруудагы аял лидерлердин мектеби"
COURSE_TITLES = (
    "Жергиликтүү өз алдынча башкаруу: аялдардын шайлоого жана чечим кабыл алууга катышуусу",
    "Муниципалдык бюджет: кирешелер, чыгашалар жана коомдук угуулар",
    "Жергиликтүү кеңештер менен биргелешип чечим кабыл алуу",
)
WEBINAR_TITLE = "Айыл өкмөтүндө гендердик бюджеттөө боюнча тажрыйба алмашуу"


@dataclass
class School:
    programme: object
    first: object
    budget: object
    joint: object
    session: object
    webinar: object


def build_school(catalogue, trainer, *, extra_courses=0) -> School:
    first, budget, joint = (
        build_course(catalogue, title=title, modules=1, lessons=2, hours=Decimal(hours))
        for title, hours in zip(COURSE_TITLES, ("16", "8", "6"), strict=True)
    )
    session = make_session(first, trainer, days=(Decimal("6"), Decimal("6")))
    series = catalogue.get_parent().add_child(
        instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars")
    )
    webinar = make_webinar(
        series, title=WEBINAR_TITLE, start=timezone.now() - timedelta(days=2), capacity=30
    )
    extras = [
        (
            Kind.COURSE,
            build_course(
                catalogue,
                title=f"{n}-кошумча модуль: айыл аймагынын өнүгүү планын коомчулук менен түзүү",
                modules=1,
                lessons=1,
            ),
        )
        for n in range(1, extra_courses + 1)
    ]
    programme = build_programme(
        catalogue,
        [
            (
                Rule.ALL,
                1,
                False,
                [(Kind.COURSE, first), (Kind.SESSION, first), (Kind.WEBINAR, webinar), *extras],
            ),
            (Rule.ANY, 1, False, [(Kind.COURSE, budget), (Kind.COURSE, joint)]),
        ],
        title=PROGRAMME_TITLE,
    )
    return School(programme, first, budget, joint, session, webinar)


def run(capture, action, *args, **kwargs):
    """Do it in a transaction, its after-commit signals run as on the site."""
    with capture(execute=True), transaction.atomic():
        return action(*args, **kwargs)


def complete_course(user, course, capture, *, leave=0):
    """Enrolled, every lesson marked done but the last `leave` ones."""
    run(capture, enrolment_create, user=user, course=course, by=user)
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    for lesson in lessons[: len(lessons) - leave]:
        run(capture, lesson_mark_done, user=user, lesson=lesson)


def attend_training(user, school, trainer, capture):
    register(school.session, make_participant(user=user, full_name=user.full_name), 6, 6)
    run(capture, session_complete, session=school.session, by=trainer)


def attend_webinar(user, webinar, capture):
    registration = registration_create(
        user=user, webinar=webinar, now=webinar.start - timedelta(days=1)
    )
    run(capture, attendance_mark, registration)


def learner_all_but_last(user, school, trainer, capture, *, extras=()):
    """Enrolled in the programme; the course, its training and the webinar done; the elective
    begun, its last lesson still to mark."""
    run(capture, programme_enrol, user=user, programme=school.programme)
    complete_course(user, school.first, capture)
    for course in extras:
        complete_course(user, course, capture)
    attend_training(user, school, trainer, capture)
    attend_webinar(user, school.webinar, capture)
    complete_course(user, school.budget, capture, leave=1)
