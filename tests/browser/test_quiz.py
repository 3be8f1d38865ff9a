"""A learner takes a quiz in Kyrgyz by clicking: fails, retries and passes; her answers outlive
a reload."""

import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage, Enrolment, LessonPage
from courses.services import enrolment_create
from quizzes.models import Attempt, QuestionBank
from tests.factories import PASSWORD, UserFactory, build_course
from tests.helpers import translated
from tests.quizzes.conftest import make_questions, make_quiz, place_quiz

pytestmark = pytest.mark.browser


def sign_in(page, email):
    page.goto("/ky/account/sign-in/")
    page.get_by_label(translated("Email") + ":").fill(email)
    page.get_by_label(translated("Password") + ":").fill(PASSWORD)
    page.get_by_role("button", name=translated("Sign in")).last.click()
    page.wait_for_url("**/ky/")


def choose(page, question: str, answer: str):
    page.locator("fieldset", has_text=question).get_by_label(answer, exact=True).check()


def test_fail_retry_and_pass_in_kyrgyz(page):
    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    course = build_course(catalogue, modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    quiz = make_quiz(make_questions(QuestionBank.objects.create(title="Банк")), pass_mark=80)
    lesson = place_quiz(lesson, quiz)
    learner = UserFactory(email="aigul@example.kg")
    enrolment_create(user=learner, course=course)

    asked = []  # what the page asked before submitting, each accepted
    page.on("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    sign_in(page, "aigul@example.kg")
    page.goto(lesson.url)
    page.get_by_role("button", name=translated("Start the quiz")).click()

    # First try: a wrong year, and an answer that survives a reload.
    choose(page, "CEDAW качан кабыл алынган?", "1995")
    expect_saved = page.locator("#save-status")
    expect_saved.filter(has_text=translated("Saved")).wait_for()
    page.reload()
    assert (
        page.locator("fieldset", has_text="CEDAW качан")
        .get_by_label("1995", exact=True)
        .is_checked()
    )
    choose(page, "Кыргызстан CEDAWга кошулган.", translated("False"))
    page.get_by_role("button", name=translated("Submit answers")).click()
    result = page.locator("main").inner_text()
    assert asked == [translated("Some questions have no answer. Submit anyway?")]
    assert translated("Not passed") in result
    assert "Жок. Конвенция 1979-жылы кабыл алынган." in result  # the feedback for a wrong answer

    # Second try, all right: single, multiple, true/false, short (typed with a Latin look-alike
    # letter), ordering.
    page.get_by_role("button", name=translated("Try again")).click()
    choose(page, "CEDAW качан кабыл алынган?", "1979")
    choose(page, "Кайсылары адам укуктары?", "Билим алуу")
    choose(page, "Кайсылары адам укуктары?", "Шайлоо")
    choose(page, "Кыргызстан CEDAWга кошулган.", translated("True"))
    page.locator("fieldset", has_text="Бул кайсы уюм").get_by_role("textbox").fill("  бyy ")
    ordering = page.locator("fieldset", has_text="Баяндаманын кадамдарын")
    for position, step in enumerate(["Даярдоо", "Тапшыруу", "Талкуулоо"], start=1):
        ordering.locator("label", has_text=step).locator("select").select_option(str(position))
    page.get_by_role("button", name=translated("Submit answers")).click()
    result = page.locator("main").inner_text()
    assert translated("Passed") in result
    assert translated("Your score: %(score)s%%") % {"score": 100} in result

    attempts = Attempt.objects.filter(user=learner).order_by("number")
    assert [(a.number, a.passed) for a in attempts] == [(1, False), (2, True)]
    assert attempts[0].answers["0"] == "c1-1995"
    # The lesson (the course's only one) is done, and with it the course.
    assert Enrolment.objects.get(user=learner).completed_at is not None
    page.get_by_role("link", name=translated("Back to the lesson")).click()
    assert translated("Passed") in page.locator(".quiz-box").inner_text()


def test_the_answered_counter_follows_each_answer_and_warns_only_when_one_is_missing(page):
    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    course = build_course(catalogue, modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    bank = QuestionBank.objects.create(title="Банк")
    quiz = make_quiz(make_questions(bank), pass_mark=80)
    lesson = place_quiz(lesson, quiz)
    enrolment_create(user=UserFactory(email="aigul@example.kg"), course=course)
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    sign_in(page, "aigul@example.kg")
    page.goto(lesson.url)
    page.get_by_role("button", name=translated("Start the quiz")).click()

    counter = page.locator("#answered")

    def expect_count(n):
        text = translated("Answered: %(answered)s of %(total)s") % {"answered": n, "total": 5}
        counter.filter(has_text=text).wait_for()
        assert counter.inner_text().strip() == text

    expect_count(0)
    choose(page, "CEDAW качан кабыл алынган?", "1995")
    expect_count(1)
    choose(page, "Кайсылары адам укуктары?", "Шайлоо")
    expect_count(2)
    # "False" is an answer (it was not counted before).
    choose(page, "Кыргызстан CEDAWга кошулган.", translated("False"))
    expect_count(3)
    page.locator("fieldset", has_text="Бул кайсы уюм").get_by_role("textbox").fill("БУУ")
    expect_count(4)
    ordering = page.locator("fieldset", has_text="Баяндаманын кадамдарын")
    steps = ["Даярдоо", "Тапшыруу", "Талкуулоо"]
    for position, step in enumerate(steps[:-1], start=1):
        ordering.locator("label", has_text=step).locator("select").select_option(str(position))
        expect_count(4)  # an ordering counts once every step has its number
    ordering.locator("label", has_text=steps[-1]).locator("select").select_option("3")
    expect_count(5)
    # Saves go one at a time, the newest last; once none is under way, the reload shows what
    # the server stored.
    page.locator("#quiz-form[aria-busy=false]").wait_for()
    page.reload()
    expect_count(5)
    page.get_by_role("button", name=translated("Submit answers")).click()
    page.wait_for_url("**/result/")
    assert asked == []  # no false "some questions have no answer"
    assert False in Attempt.objects.get().answers.values()  # the true/false answered "False"
