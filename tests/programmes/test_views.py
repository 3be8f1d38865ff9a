"""Enrolling in a programme and leaving it from its page, and the progress it shows, as a
learner reads them (in Kyrgyz)."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.once import FIELD
from courses.models import Enrolment, EnrolmentMode
from programmes.blocks import Kind, Rule
from programmes.models import ProgrammeEnrolment
from programmes.services import programme_enrol
from tests.factories import build_course, build_programme


def enrol_url(programme):
    return f"/ky/learning/programmes/{programme.pk}/enrol/"


def leave_url(programme):
    return f"/ky/learning/programmes/{programme.pk}/leave/"


def text_of(response) -> str:
    """The page's words, tags and runs of spaces taken out."""
    words = re.sub(r"<[^>]+>", " ", response.content.decode())
    return " ".join(html.unescape(words).split())


def post(client, url, token="t-1", follow=True):
    return client.post(url, {FIELD: token}, follow=follow)


def test_a_learner_enrols_from_the_page_and_her_first_course_opens(
    client_for, learner, school, three_courses
):
    client = client_for(learner)
    page = client.get(school.url)
    assert "Программага жазылуу" in text_of(page)
    assert enrol_url(school) in page.content.decode()
    page = post(client, enrol_url(school))
    assert page.redirect_chain[-1][0] == school.url
    words = text_of(page)
    assert "Сиз программага жазылдыңыз. Анын алгачкы курстары сизге ачык." in words
    assert ProgrammeEnrolment.objects.get(user=learner).is_active
    first = three_courses[0]
    assert Enrolment.objects.filter(user=learner, course_key=first.translation_key).exists()
    assert "Программадан чыгуу (курстарыңыз жана жетишкендиктериңиз сакталат)" in words


def test_a_visitor_is_sent_to_sign_in(client, school):
    words = text_of(client.get(school.url))
    assert "Бул программага жазылуу үчүн кириңиз же аккаунт түзүңүз." in words
    response = client.post(enrol_url(school))
    assert response.status_code == 302 and "/sign-in/" in response["Location"]
    assert not ProgrammeEnrolment.objects.exists()


def test_enrolling_twice_says_so_and_a_double_click_enrols_once(client_for, learner, school):
    client = client_for(learner)
    post(client, enrol_url(school), token="first")
    # The same form posted again (a double click): nothing more, no message.
    again = post(client, enrol_url(school), token="first")
    assert again.status_code == 200
    assert "жазылгансыз" not in text_of(again)
    assert "жазылдыңыз" not in text_of(again)
    # Another form (an old tab): refused with a message, not an error.
    twice = post(client, enrol_url(school), token="second")
    assert twice.status_code == 200
    assert "Сиз бул программага буга чейин эле жазылгансыз." in text_of(twice)
    assert ProgrammeEnrolment.objects.filter(user=learner).count() == 1


def test_a_programme_a_coordinator_enrols_in_shows_the_message_not_the_button(
    client_for, learner, school
):
    school.enrolment_mode = EnrolmentMode.COORDINATOR
    school.save_revision().publish()
    client = client_for(learner)
    page = client.get(school.url)
    assert "Бул программага угуучуларды координатор жазат." in text_of(page)
    assert enrol_url(school) not in page.content.decode()
    refused = post(client, enrol_url(school))
    assert "Бул программага сизди координатор гана жаза алат." in text_of(refused)
    assert not ProgrammeEnrolment.objects.exists()


def test_leaving_keeps_the_history_and_enrolling_again_restores_it(
    client_for, learner, school, three_courses, complete
):
    first = three_courses[0]
    client = client_for(learner)
    post(client, enrol_url(school), token="a")
    complete(learner, first)
    left = post(client, leave_url(school), token="b")
    words = text_of(left)
    assert "Сиз программадан чыктыңыз. Курстарыңыз жана жетишкендиктериңиз сакталат." in words
    enrolment = ProgrammeEnrolment.objects.get(user=learner)
    assert enrolment.status == ProgrammeEnrolment.Status.LEFT and enrolment.left_at
    assert Enrolment.objects.get(user=learner, course_key=first.translation_key).completed_at
    assert "Сиз бул программадан чыктыңыз. Аткарылды: 2 ичинен 1" in words
    assert "Кайра жазылуу" in words
    back = post(client, enrol_url(school), token="c")
    assert "Аткарылды: 2 ичинен 1." in text_of(back)
    again = ProgrammeEnrolment.objects.get(user=learner)
    assert again.pk == enrolment.pk and again.is_active and again.left_at is None


def test_the_page_says_each_item_s_state_the_next_step_and_what_is_missing(
    client_for, learner, catalogue, three_courses, complete
):
    first, budget, joint = three_courses
    outside = build_course(catalogue, title="Кириш курсу", modules=1, lessons=1)
    deep = build_course(catalogue, title="Терең курс", modules=1, lessons=1)
    deep.prerequisites.add(outside)
    deep.save_revision().publish()
    programme = build_programme(
        catalogue,
        [
            (Rule.ALL, 1, True, [(Kind.COURSE, first), (Kind.COURSE, budget)]),
            (Rule.ANY, 1, False, [(Kind.COURSE, joint), (Kind.COURSE, deep)]),
        ],
    )
    client = client_for(learner)
    post(client, enrol_url(programme))
    words = text_of(client.get(programme.url))
    assert "Аткарылды: 3 ичинен 0." in words
    assert f"Кийинки кадам: {first.title}" in words
    assert f"«{first.title}» аяктаганда ачылат." in words  # the second of the ordered set
    assert "«Терең курс» алгач муну талап кылат: Кириш курсу." in words  # blocked by its rule
    assert "Тандалма курс: аны тандоо үчүн курска жазылыңыз." in words
    assert "Бул курсту тандоо" in words
    assert "Программанын сертификатын алуу үчүн дагы калганы:" in words
    assert f"1-топтом: дагы аяктоо керек: {first.title}, {budget.title}." in words
    assert f"2-топтом: булардын ичинен дагы 1 аяктаңыз: {joint.title}, Терең курс." in words

    complete(learner, first)
    # The elective, chosen from the programme page: she enrols in the course.
    client.post(f"/ky/learning/courses/{joint.pk}/enrol/")
    words = text_of(client.get(programme.url))
    assert "Аткарылды: 3 ичинен 1." in words
    assert "Аткарылды." in words and "Уланууда." in words
    assert f"Тандалганы: {joint.title}" in words
    assert f"1-топтом: дагы аяктоо керек: {budget.title}." in words


def test_my_learning_lists_her_programme_with_its_progress(
    client_for, learner, school, three_courses, complete
):
    first = three_courses[0]
    programme_enrol(user=learner, programme=school)
    words = text_of(client_for(learner).get("/ky/learning/"))
    assert f"Менин программаларым {school.title} Аткарылды: 2 ичинен 0." in words
    assert f"Кийинки кадам: {first.title}" in words
    complete(learner, first)
    words = text_of(client_for(learner).get("/ky/learning/"))
    assert "Аткарылды: 2 ичинен 1." in words


def test_my_learning_without_a_programme_has_no_programmes_section(client_for, learner):
    assert "Менин программаларым" not in text_of(client_for(learner).get("/ky/learning/"))


def _programme_of(catalogue, size: int, title: str):
    """A programme of `size` courses: half required, in order, half electives (any 2)."""
    courses = [
        build_course(catalogue, title=f"{title} {n}", modules=1, lessons=1) for n in range(size)
    ]
    gate = build_course(catalogue, title=f"{title}: кириш", modules=1, lessons=1)
    courses[-1].prerequisites.add(gate)
    courses[-1].save_revision().publish()
    half = size // 2
    return build_programme(
        catalogue,
        [
            (Rule.ALL, 1, True, [(Kind.COURSE, c) for c in courses[:half]]),
            (Rule.ANY, 2, False, [(Kind.COURSE, c) for c in courses[half:]]),
        ],
        title=title,
        slug=f"programme-{size}",
    )


@pytest.mark.parametrize("who", ["learner", "anonymous"])
def test_queries_stay_flat_as_a_programme_grows_from_3_to_30_items(
    who, client_for, learner, catalogue, complete
):
    counts = []
    for size in (3, 30):
        programme = _programme_of(catalogue, size, f"Мектеп {size}")
        person = learner if who == "learner" else None
        if person is not None:
            programme_enrol(user=learner, programme=programme)
        client = client_for(person)
        client.get(programme.url)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(programme.url)
        assert page.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_a_coordinator_s_enrolment_opens_required_courses_not_electives_she_cannot_enter(
    client_for, learner, coordinator, catalogue, three_courses
):
    first, budget, joint = three_courses
    for course in (first, budget):
        course.enrolment_mode = EnrolmentMode.COORDINATOR
        course.save_revision().publish()
    programme = build_programme(
        catalogue,
        [
            (Rule.ALL, 1, False, [(Kind.COURSE, first)]),
            (Rule.ANY, 1, False, [(Kind.COURSE, budget), (Kind.COURSE, joint)]),
        ],
    )
    programme_enrol(user=learner, programme=programme, by=coordinator)
    assert Enrolment.objects.filter(user=learner, course_key=first.translation_key).exists()
    words = text_of(client_for(learner).get(programme.url))
    assert f"«{budget.title}» курсуна сизди координатор жазат." in words
    assert f"«{first.title}» курсуна сизди координатор жазат." not in words


def test_a_coordinator_is_offered_the_group_import_and_a_learner_is_not(
    client_for, coordinator, learner, school
):
    upload = f"/ky/learning/programmes/{school.pk}/cohort/"
    assert upload in client_for(coordinator).get(school.url).content.decode()
    page = client_for(learner).get(school.url)
    assert upload not in page.content.decode()
    assert "Топту жазуу" not in text_of(page)
