"""One course with everything a URL can point at, for tests that request every URL as every role:
an enrolled learner, another learner, the course's trainer, a trainer of another course and a
coordinator. Each object is made when a test first asks for it, so a test pays only for what its
URL needs (a certificate is rendered with WeasyPrint, an H5P package is unpacked)."""

from functools import cached_property

from django.contrib.auth.tokens import default_token_generator
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Locale, Page

from certificates.models import CertificateTemplate, PrintJob
from certificates.print_jobs import print_job_create
from courses.models import LessonPage, TrainerQualification
from courses.services import enrolment_create
from people.roles import Role
from quizzes.models import QuestionBank
from quizzes.services import attempt_start
from tests.certificates.conftest import BODY, issue
from tests.factories import UserFactory, build_course
from tests.h5p.fixtures import TRUE_FALSE
from tests.quizzes.conftest import BLOCK_ID, make_questions, make_quiz, place_quiz
from tests.webinars.conftest import make_webinar
from trainings.services import (
    participant_create,
    participant_for_account,
    participant_register,
    session_create,
)
from webinars.models import WebinarSeriesPage


class World:
    def __init__(self, *, catalogue, people: dict, capture, fixture):
        self.catalogue = catalogue
        self.people = people  # role name → user (None: anonymous)
        self.capture = capture  # django_capture_on_commit_callbacks
        self.fixture = fixture  # pytest's request.getfixturevalue, for the H5P store and samples

    @cached_property
    def course(self):
        course = build_course(self.catalogue)
        course.trainers.add(self.people["trainer"])
        course.save_revision().publish()
        enrolment_create(user=self.people["learner"], course=course)
        other = build_course(self.catalogue, title="Башка курс", modules=1, lessons=1)
        other.trainers.add(self.people["other_trainer"])
        other.save_revision().publish()
        return course

    @cached_property
    def lessons(self) -> list[LessonPage]:
        return list(LessonPage.objects.live().descendant_of(self.course).order_by("path"))

    @cached_property
    def quiz_lesson(self) -> LessonPage:
        quiz = make_quiz(make_questions(QuestionBank.objects.create(title="Суроолор")))
        return place_quiz(self.lessons[0], quiz)

    quiz_block = BLOCK_ID

    @cached_property
    def attempt(self):
        return attempt_start(
            user=self.people["learner"], lesson=self.quiz_lesson, block_id=BLOCK_ID
        )

    @cached_property
    def h5p(self) -> tuple[LessonPage, str]:
        """The second lesson with an H5P activity: (lesson, block id)."""
        package = self.fixture("upload")(self.fixture("samples") / TRUE_FALSE)
        lesson = self.lessons[1]
        lesson.body.append(("h5p", {"package": package, "pass_mark": None}))
        lesson.save_revision().publish()
        lesson.refresh_from_db()
        return lesson, next(block.id for block in lesson.body if block.block_type == "h5p")

    @cached_property
    def webinar(self):
        home = Page.objects.get(depth=2)
        series = home.add_child(instance=WebinarSeriesPage(title="Вебинарлар", slug="webinars"))
        return make_webinar(series)

    @cached_property
    def certificate(self):
        CertificateTemplate.objects.get_or_create(
            locale=Locale.objects.get(language_code="ky"),
            is_default=True,
            defaults={"name": "Негизги", "title": "Сертификат", "body": BODY},
        )
        return issue(self.people["learner"], self.course, self.capture)

    @cached_property
    def print_job(self) -> PrintJob:
        with self.capture(execute=True):
            job = print_job_create(
                certificate_ids=[self.certificate.pk],
                kind=PrintJob.Kind.PDF,
                by=self.people["coordinator"],
            )
        job.refresh_from_db()
        return job

    @cached_property
    def training_session(self):
        """A planned face-to-face session of the course, led by its trainer, held today, with a
        participant without an account and another one typed twice."""
        trainer = self.people["trainer"]
        session = session_create(
            by=trainer,
            course=self.course,
            lead_trainer=trainer,
            days=[(timezone.localdate(), 6)],
            venue="Айылдык китепкана",
            region="naryn",
            settlement="Кочкор",
            settlement_type="rural",
            language="ky",
            capacity=20,
        )
        for name in ("Гүлнара Асанова", "Асанова Гулнара"):
            participant = participant_create(
                by=trainer, full_name=name, consent=True, region="naryn", settlement="Кочкор"
            )
            participant_register(session=session, participant=participant, by=trainer)
        # The enrolled learner takes part too (the URL table's "participant").
        learner = self.people["learner"]
        participant_register(
            session=session,
            participant=participant_for_account(user=learner, by=trainer),
            by=trainer,
        )
        return session

    @property
    def training_participant(self):
        return self.training_session.registrations.order_by("pk").first().participant

    @property
    def training_twice(self):
        """The participant typed a second time, merged into the first one."""
        return self.training_session.registrations.order_by("pk")[1].participant

    @property
    def training_day(self):
        return self.training_session.days.first()

    @cached_property
    def pending_qualification(self):
        """Of a co-trainer of the training session, whose practicum waits."""
        person = UserFactory(role=Role.LEARNER)
        self.training_session.co_trainers.add(person)
        return TrainerQualification.objects.create(
            user=person, course_key=self.course.translation_key
        )

    @cached_property
    def training_closed(self):
        """Another face-to-face session of the course led by its trainer, closed: the learner
        took part (with her account) and completed it, and has her certificate."""
        from django.db import transaction

        from tests.trainings.completion_fixtures import make_participant, make_session, register
        from trainings.completion import session_complete

        session = make_session(self.course, self.people["trainer"])
        register(session, make_participant(user=self.people["learner"]), 5, 5)
        with self.capture(execute=True), transaction.atomic():
            session_complete(session=session, by=self.people["trainer"])
        return session

    @cached_property
    def password_reset(self) -> dict:
        person = UserFactory(role=Role.LEARNER)
        return {
            "uidb64": urlsafe_base64_encode(force_bytes(person.pk)),
            "token": default_token_generator.make_token(person),
        }

    @property
    def h5p_library_file(self) -> str:
        """A file of a library the H5P activity uses, as library_file's path names it."""
        from h5p import store

        self.h5p  # noqa: B018  (the upload fills the store)
        root = store.libraries_root()
        return next(p for p in sorted(root.rglob("*.json"))).relative_to(root).as_posix()
