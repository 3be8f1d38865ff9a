"""On a 360 px phone in Kyrgyz: a trainer creates a face-to-face session, prints its sign-in
sheet, types the attendance of eight people (three without an email), closes the session, and
the participants' certificates appear; a coordinator then opens her master trainer's cascade."""

import io

import pytest
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from courses.models import TrainerQualification
from people.roles import Role
from tests.browser.test_quiz import sign_in
from tests.factories import UserFactory, build_course
from tests.helpers import translated
from trainings.models import Attendance, Session
from trainings.services import participant_create, participant_for_account, participant_register

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
WITH_EMAIL = [
    "Айгүл Токтосунова",
    "Нургүл Бекова",
    "Бүбүсара Өмүрова",
    "Жамиля Үсөнова",
    "Асел Ниязова",
]
WITHOUT_EMAIL = ["Гүлнара Асанова", "Мээрим Садыкова", "Чолпон Эшимова"]


def fits_the_phone(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], page.url


@pytest.fixture
def cascade(catalogue, coordinator):
    """A master trainer in Bishkek who qualified the trainer; the trainer teaches the course."""
    master = UserFactory(role=Role.TRAINER, full_name="Динара Мамытова")
    trainer = UserFactory(role=Role.TRAINER, full_name="Айжан Осмонова")
    course = build_course(catalogue, modules=1, lessons=1)
    course.trainers.add(trainer)
    course.save_revision().publish()
    TrainerQualification.objects.create(
        user=trainer,
        course_key=course.translation_key,
        status=TrainerQualification.Status.QUALIFIED,
        trained_by=master,
        qualified_by=coordinator,
    )
    return master, trainer, course


def register_eight(session, trainer) -> None:
    for name in WITH_EMAIL:
        person = UserFactory(role=Role.LEARNER, full_name=name)
        participant = participant_for_account(user=person, by=trainer)
        participant_register(session=session, participant=participant, by=trainer)
    for name in WITHOUT_EMAIL:
        participant = participant_create(
            by=trainer, full_name=name, consent=True, region="naryn", settlement="Кочкор"
        )
        participant_register(session=session, participant=participant, by=trainer)


def test_a_trainer_runs_a_session_on_a_phone_and_a_coordinator_reads_the_cascade(
    browser, database_snapshot, live_server, django_db_serialized_rollback, cascade, coordinator
):
    master, trainer, course = cascade
    context = browser.new_context(base_url=live_server.url, locale="ky-KG", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15_000)
    sign_in(page, trainer.email)

    # A new session, on the site, for today.
    page.goto("/ky/trainings/new/")
    fits_the_phone(page)
    page.locator("select[name=course]").select_option(label=course.title)
    page.locator("input[name=venue]").fill("Айылдык китепкана")
    page.locator("select[name=region]").select_option("naryn")
    page.locator("input[name=settlement]").fill("Кочкор")
    page.locator("select[name=settlement_type]").select_option("rural")
    page.locator("select[name=language]").select_option("ky")
    page.locator("input[name=capacity]").fill("20")
    page.locator("input[name=day_0_date]").fill(timezone.localdate().isoformat())
    page.locator("input[name=day_0_hours]").fill("6")
    page.get_by_role("button", name=translated("Save")).click()
    page.wait_for_url("**/ky/trainings/*/")
    session = Session.objects.get(lead_trainer=trainer)
    assert course.title in page.content()
    fits_the_phone(page)

    register_eight(session, trainer)
    page.reload()
    assert page.get_by_text(translated("no account"), exact=False).count() == 3

    # The day's sign-in sheet: a PDF in Kyrgyz with the eight names.
    sheet = page.get_by_role("link", name=translated("Sign-in sheet (PDF)"))
    response = page.request.get(sheet.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.body())).pages)
    assert all(name in text for name in WITH_EMAIL + WITHOUT_EMAIL)

    # Attendance typed in: everyone present, one of them only two of the six hours.
    page.get_by_role("link", name=translated("Attendance"), exact=True).click()
    fits_the_phone(page)
    for name in WITH_EMAIL + WITHOUT_EMAIL:
        page.get_by_role("checkbox", name=name).check()
    hours_of = translated("Hours of %(name)s") % {"name": "Чолпон Эшимова"}
    page.get_by_label(hours_of).fill("2")
    page.get_by_role("button", name=translated("Save attendance")).click()
    page.wait_for_load_state()
    assert Attendance.objects.filter(registration__session=session, present=True).count() == 8

    # Held, then closed: the certificates of the seven who stayed long enough appear.
    page.goto(f"/ky/trainings/{session.pk}/")
    page.get_by_role("button", name=translated("Mark held")).click()
    page.get_by_role("button", name=translated("Close the session")).click()
    page.wait_for_load_state()
    page.get_by_role("link", name=translated("Certificates"), exact=True).last.click()
    fits_the_phone(page)
    for name in WITH_EMAIL + WITHOUT_EMAIL[:2]:
        assert page.get_by_text(name).count() >= 1, name
    assert page.get_by_text("Чолпон Эшимова").count() == 0
    assert Certificate.objects.filter(training_registration__session=session).count() == 7
    context.close()

    # The coordinator opens the master trainer's cascade: the trainer in its first generation.
    context = browser.new_context(base_url=live_server.url, locale="ky-KG", viewport=PHONE)
    page = context.new_page()
    sign_in(page, coordinator.email)
    page.goto(f"/ky/trainings/cascade/{master.pk}/")
    fits_the_phone(page)
    assert "Динара Мамытова" in page.content() and "Айжан Осмонова" in page.content()
    context.close()
