"""Taking a quiz through its pages, as a learner does, and what is stored."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses.completion import missing_for_completion
from courses.models import Enrolment, LessonProgress
from quizzes.models import Attempt, Question
from tests.helpers import translated
from tests.quizzes.conftest import BLOCK_ID, right_answers, wrong_answers


def start_url(lesson, block_id=BLOCK_ID):
    return f"/ky/learning/quiz/{lesson.pk}/{block_id}/start/"


def take_url(attempt):
    return f"/ky/learning/attempts/{attempt.pk}/"


def start(client, lesson):
    response = client.post(start_url(lesson))
    assert response.status_code == 302, response
    return Attempt.objects.order_by("-pk").first()


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# The lesson shows the quiz


def test_lesson_shows_the_quiz_and_its_rules(client_for, enrolled, quiz_lesson, quiz):
    page = client_for(enrolled).get(quiz_lesson.url).content.decode()
    assert quiz.title in page
    assert translated("Start the quiz") in page
    assert "80%" in page


def test_a_trainer_sees_the_quiz_but_no_start_button(client_for, trainer, course, quiz_lesson):
    course.trainers.add(trainer)
    course.save()
    page = client_for(trainer).get(quiz_lesson.url).content.decode()
    assert translated("Enrolled learners take this quiz here.") in page
    assert translated("Start the quiz") not in page
    assert translated("Results of this quiz") in page


# Starting


def test_anonymous_is_sent_to_sign_in(client_for, quiz_lesson):
    response = client_for(None).post(start_url(quiz_lesson))
    assert response.status_code == 302 and "/sign-in/" in response["Location"]
    assert not Attempt.objects.exists()


@pytest.mark.parametrize("who", ["learner", "trainer", "coordinator"])
def test_only_enrolled_learners_start(request, client_for, who, quiz_lesson):
    person = request.getfixturevalue(who)
    response = client_for(person).post(start_url(quiz_lesson), follow=True)
    assert translated("Enrol in the course first.") in messages_of(response)
    assert not Attempt.objects.exists()


def test_a_double_click_on_start_makes_one_attempt(client_for, enrolled, quiz_lesson):
    client = client_for(enrolled)
    first, second = start(client, quiz_lesson), start(client, quiz_lesson)
    assert first.pk == second.pk
    assert Attempt.objects.count() == 1


def test_unknown_block_is_refused(client_for, enrolled, quiz_lesson):
    response = client_for(enrolled).post(start_url(quiz_lesson, "no-such-block"), follow=True)
    assert translated("This quiz is no longer in the lesson.") in messages_of(response)


# Answering and submitting


def test_answers_are_kept_across_a_reload(client_for, enrolled, quiz_lesson):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    first = attempt.questions[0]
    client.post(take_url(attempt), {"action": "autosave", "q-0": first["correct"], "q-3": "БУУ"})
    attempt.refresh_from_db()
    assert attempt.answers["0"] == first["correct"] and attempt.answers["3"] == "БУУ"
    page = client.get(take_url(attempt)).content.decode()
    assert f'value="{first["correct"]}" checked' in page
    assert 'value="БУУ"' in page


def test_all_right_passes_and_does_the_lesson(
    client_for, enrolled, quiz_lesson, django_capture_on_commit_callbacks
):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    response = client.post(
        take_url(attempt), {"action": "submit", **right_answers(attempt)}, follow=True
    )
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.passed and not attempt.is_open
    page = response.content.decode()
    assert translated("Passed") in page
    assert "Туура! 1979-жылы." in page  # the feedback for a right answer
    assert LessonProgress.objects.filter(lesson_key=quiz_lesson.translation_key).exists()


def test_wrong_answers_fail_with_feedback_and_attempts_left(
    client_for, enrolled, quiz_lesson, quiz
):
    quiz.max_attempts = 3
    quiz.save()
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    response = client.post(
        take_url(attempt), {"action": "submit", **wrong_answers(attempt)}, follow=True
    )
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.passed is False
    page = response.content.decode()
    assert translated("Not passed") in page
    assert "Жок. Конвенция 1979-жылы кабыл алынган." in page
    assert "2" in page and translated("Try again") in page
    # After passing is when the right answers show: not yet.
    assert translated("Right answer:") not in page
    assert not LessonProgress.objects.exists()


def test_a_double_submit_grades_once(client_for, enrolled, quiz_lesson):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    client.post(take_url(attempt), {"action": "submit", **right_answers(attempt)})
    graded = Attempt.objects.get(pk=attempt.pk)
    # The second tab still holds the form, with other answers.
    response = client.post(
        take_url(attempt), {"action": "submit", **wrong_answers(attempt)}, follow=True
    )
    assert translated("This attempt was already submitted; it was graded once.") in messages_of(
        response
    )
    again = Attempt.objects.get(pk=attempt.pk)
    assert (again.score, again.answers, again.submitted_at) == (
        graded.score,
        graded.answers,
        graded.submitted_at,
    )


@pytest.mark.parametrize(
    "forged, message",
    [
        ({"score": "100"}, "The form holds a field that is not part of this quiz."),
        ({"q-99": "x"}, "The form answers a question that is not in this attempt."),
        ({"q-0": "c1-Шайлоо"}, "The answer to question %(number)s is not one of its choices."),
        ({"q-2": "maybe"}, "The answer to question %(number)s is not one of its choices."),
        (
            {"q-3": "а" * 201},
            "The answer to question %(number)s is longer than %(max)s characters.",
        ),
    ],
)
def test_forged_answers_are_refused_and_nothing_is_stored(
    client_for, enrolled, quiz_lesson, forged, message
):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    client.post(take_url(attempt), {"action": "autosave", "q-1": attempt.questions[1]["correct"]})
    response = client.post(
        take_url(attempt),
        {"action": "submit", "q-0": attempt.questions[0]["correct"], **forged},
        follow=True,
    )
    expected = translated(message) % {"number": "", "max": 200}
    assert any(expected.split("%")[0][:12] in m for m in messages_of(response))
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.is_open and stored.score is None
    # What was saved before, and nothing of the forged form.
    assert {k: v for k, v in stored.answers.items() if v} == {"1": attempt.questions[1]["correct"]}


def test_a_choice_of_another_question_is_refused(client_for, enrolled, quiz_lesson):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    other = attempt.questions[1]["choices"][0]["id"]
    response = client.post(take_url(attempt), {"action": "autosave", "q-0": other})
    assert response.status_code == 400
    assert "1" in response.json()["error"]
    assert Attempt.objects.get(pk=attempt.pk).answers == {}


def test_another_learner_cannot_open_or_answer_an_attempt(
    client_for, enrolled, other_learner, quiz_lesson
):
    attempt = start(client_for(enrolled), quiz_lesson)
    intruder = client_for(other_learner)
    assert intruder.get(take_url(attempt)).status_code == 404
    assert (
        intruder.post(take_url(attempt), {"action": "submit", **right_answers(attempt)}).status_code
        == 404
    )
    assert intruder.get(f"{take_url(attempt)}result/").status_code == 404
    assert Attempt.objects.get(pk=attempt.pk).is_open


# Limits


def test_the_attempt_limit(client_for, enrolled, quiz_lesson, quiz):
    quiz.max_attempts = 2
    quiz.save()
    client = client_for(enrolled)
    for _ in range(2):
        attempt = start(client, quiz_lesson)
        client.post(take_url(attempt), {"action": "submit", **wrong_answers(attempt)})
    response = client.post(start_url(quiz_lesson), follow=True)
    assert translated("You have used all %(count)s attempts at this quiz.") % {
        "count": 2
    } in messages_of(response)
    assert Attempt.objects.count() == 2
    assert translated("You have no attempts left.") in client.get(quiz_lesson.url).content.decode()


def test_a_submit_after_the_time_limit_grades_only_what_was_saved_in_time(
    client_for, enrolled, quiz_lesson, quiz
):
    quiz.time_limit = 10
    quiz.save()
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    assert attempt.deadline == attempt.started_at + timedelta(minutes=10)
    first = attempt.questions[0]["correct"]
    client.post(take_url(attempt), {"action": "autosave", "q-0": first})
    # Eleven minutes later (past the limit and its grace), the rest arrives.
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    response = client.post(
        take_url(attempt), {"action": "submit", **right_answers(attempt)}, follow=True
    )
    assert translated(
        "The time is up. The answers saved before the limit have been graded."
    ) in messages_of(response)
    attempt.refresh_from_db()
    assert attempt.timed_out and not attempt.is_open
    assert {k: v for k, v in attempt.answers.items() if v} == {"0": first}
    assert attempt.score == 20  # one question of five


def test_an_attempt_left_open_past_its_limit_is_closed_when_seen(
    client_for, enrolled, quiz_lesson, quiz
):
    quiz.time_limit = 5
    quiz.save()
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    response = client.get(take_url(attempt))
    assert response.status_code == 302 and response["Location"].endswith("/result/")
    assert Attempt.objects.get(pk=attempt.pk).timed_out


def test_one_question_per_page_saves_at_each_step(client_for, enrolled, quiz_lesson, quiz):
    quiz.one_per_page = True
    quiz.save()
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    first_page = client.get(take_url(attempt)).content.decode()
    assert (
        attempt.questions[0]["text"] in first_page
        and attempt.questions[1]["text"] not in first_page
    )
    response = client.post(
        take_url(attempt), {"action": "next", "page": "0", "q-0": attempt.questions[0]["correct"]}
    )
    assert response["Location"].endswith("?page=1")
    # An answer to a question of another page is not taken from this one.
    refused = client.post(take_url(attempt), {"action": "autosave", "page": "1", "q-0": "x"})
    assert refused.status_code == 400
    assert Attempt.objects.get(pk=attempt.pk).answers == {"0": attempt.questions[0]["correct"]}


# Best attempt and completion


def test_the_best_attempt_counts(client_for, enrolled, quiz_lesson):
    client = client_for(enrolled)
    passing = start(client, quiz_lesson)
    client.post(take_url(passing), {"action": "submit", **right_answers(passing)})
    failing = start(client, quiz_lesson)
    client.post(take_url(failing), {"action": "submit", **wrong_answers(failing)})
    page = client.get(quiz_lesson.url).content.decode()
    assert translated("Passed") in page
    assert translated("Best score: %(score)s%%") % {"score": 100} in page


def test_a_required_quiz_is_needed_to_complete_the_course(
    client_for, enrolled, course, lessons, quiz_lesson, quiz, django_capture_on_commit_callbacks
):
    client = client_for(enrolled)
    for lesson in lessons:
        client.post(f"/ky/learning/lessons/{lesson.pk}/done/")
    enrolment = Enrolment.objects.get(user=enrolled)
    assert enrolment.completed_at is None
    assert missing_for_completion(enrolment, course) == [
        translated("Pass the quiz in lesson “%(lesson)s”") % {"lesson": quiz_lesson.title}
    ]
    failing = start(client, quiz_lesson)
    client.post(take_url(failing), {"action": "submit", **wrong_answers(failing)})
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None
    passing = start(client, quiz_lesson)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(take_url(passing), {"action": "submit", **right_answers(passing)})
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None


def test_an_optional_quiz_is_not_needed(enrolled, course, lessons, quiz):
    from tests.quizzes.conftest import place_quiz

    place_quiz(lessons[0], quiz, required=False)
    assert missing_for_completion(Enrolment.objects.get(user=enrolled), course) == [
        translated("Mark lesson “%(lesson)s” as done") % {"lesson": lesson.title}
        for lesson in lessons
    ]


# Editing a quiz that has attempts


def test_editing_the_quiz_keeps_what_the_learner_saw_and_her_score(
    client_for, enrolled, quiz_lesson, questions
):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    client.post(take_url(attempt), {"action": "submit", **right_answers(attempt)})
    question = Question.objects.get(pk=questions[0].pk)
    question.text = "Өзгөртүлгөн суроо"
    question.choices = [{"type": "choice", "value": {"text": "2001", "correct": True}, "id": "new"}]
    question.save()
    attempt.refresh_from_db()
    assert attempt.score == 100
    page = client.get(f"{take_url(attempt)}result/").content.decode()
    assert "CEDAW качан кабыл алынган?" in page and "Өзгөртүлгөн суроо" not in page


def test_the_form_counts_the_answered_questions(client_for, enrolled, quiz_lesson):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    saved = client.post(take_url(attempt), {"action": "autosave", "q-2": "true", "q-3": "БУУ"})
    assert saved.json() == {"saved": True, "answered": 2}
    page = client.get(take_url(attempt)).content.decode()
    expected = translated("Answered: %(answered)s of %(total)s") % {
        "answered": "<b>2</b>",
        "total": 5,
    }
    assert expected in page


# A lesson with a required quiz is done by passing it (issue 11)


def done_url(lesson):
    return f"/ky/learning/lessons/{lesson.pk}/done/"


def test_a_lesson_with_a_required_quiz_offers_no_mark_as_done(client_for, enrolled, quiz_lesson):
    page = client_for(enrolled).get(quiz_lesson.url).content.decode()
    assert translated("Mark as done") not in page
    assert translated("This lesson is done when its activities are. Still to do:") in page
    assert (
        translated("Pass the quiz in lesson “%(lesson)s”") % {"lesson": quiz_lesson.title} in page
    )


def test_a_forged_mark_done_is_refused_and_stores_nothing(client_for, enrolled, quiz_lesson):
    response = client_for(enrolled).post(done_url(quiz_lesson), follow=True)
    todo = translated("Pass the quiz in lesson “%(lesson)s”") % {"lesson": quiz_lesson.title}
    assert messages_of(response) == [
        translated("This lesson is done when its activities are. Still to do: %(todo)s")
        % {"todo": todo}
    ]
    assert not LessonProgress.objects.exists()


def test_percent_counts_activities_and_pages_say_what_is_missing(
    client_for, enrolled, course, lessons, quiz_lesson, quiz
):
    from tests.quizzes.conftest import place_quiz

    # Two required quizzes in the first lesson: 3 lessons to mark + 2 quizzes = 5 steps.
    place_quiz(quiz_lesson, quiz, block_id="99999999-2222-3333-4444-555555555555")
    client = client_for(enrolled)
    for lesson in lessons:
        client.post(done_url(lesson), follow=True)  # (the refusal is shown on the lesson)
    course_page = client.get(course.url).content.decode()
    assert translated("%(percent)s%% done") % {"percent": 60} in course_page
    missing = translated("Pass the quiz in lesson “%(lesson)s”") % {"lesson": quiz_lesson.title}
    assert translated("Still to do to complete the course and get the certificate:") in course_page
    assert course_page.count(missing) == 2
    learning = client.get("/ky/learning/").content.decode()
    assert "60%" in learning and missing in learning
    assert Enrolment.objects.get(user=enrolled).completed_at is None
    # In Russian too.
    russian = client.get("/ru/learning/").content.decode()
    assert (
        translated("Pass the quiz in lesson “%(lesson)s”", "ru") % {"lesson": quiz_lesson.title}
        in russian
    )


def test_the_quiz_and_the_lesson_tell_one_truth(client_for, enrolled, quiz_lesson):
    # Progress recorded before this rule (the button was offered then) does not make the
    # lesson done while its quiz is not passed.
    enrolment = Enrolment.objects.get(user=enrolled)
    LessonProgress.objects.create(enrolment=enrolment, lesson_key=quiz_lesson.translation_key)
    client = client_for(enrolled)
    failing = start(client, quiz_lesson)
    client.post(take_url(failing), {"action": "submit", **wrong_answers(failing)})
    page = client.get(quiz_lesson.url).content.decode()
    assert translated("Not passed yet") in page
    assert translated("You have done this lesson.") not in page
    passing = start(client, quiz_lesson)
    client.post(take_url(passing), {"action": "submit", **right_answers(passing)})
    page = client.get(quiz_lesson.url).content.decode()
    assert translated("Not passed yet") not in page
    assert translated("You have done this lesson.") in page


def test_the_answered_counter_counts_a_false_and_a_whole_ordering(
    client_for, enrolled, quiz_lesson
):
    client = client_for(enrolled)
    attempt = start(client, quiz_lesson)
    answers = right_answers(attempt)
    kinds = {index: question["kind"] for index, question in enumerate(attempt.questions)}
    true_false = next(i for i, kind in kinds.items() if kind == "true_false")
    ordering = next(i for i, kind in kinds.items() if kind == "ordering")
    answers[f"q-{true_false}"] = "false"  # a wrong answer is an answer
    first_step = next(name for name in answers if name.startswith(f"q-{ordering}-"))
    partial = {k: v for k, v in answers.items() if not k.startswith(f"q-{ordering}-")}
    client.post(take_url(attempt), {"action": "save", **partial, first_step: "1"})
    page = client.get(take_url(attempt)).content.decode()
    total = len(attempt.questions)
    # Everything but the ordering, which has only one of its steps numbered.
    assert f"<b>{total - 1}</b>" in page
    client.post(take_url(attempt), {"action": "save", **answers})
    page = client.get(take_url(attempt)).content.decode()
    assert f"<b>{total}</b>" in page


def test_queries_stay_flat_with_quizzes_in_many_lessons(client_for, learner, catalogue, quiz):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.models import LessonPage
    from courses.services import enrolment_create
    from tests.factories import build_course
    from tests.quizzes.conftest import place_quiz

    counts = []
    for title, modules in [("small", 1), ("large", 4)]:
        course = build_course(catalogue, title=title, modules=modules, lessons=2)
        lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
        for lesson in lessons[::2]:
            place_quiz(lesson, quiz)
        enrolment_create(user=learner, course=course)
        client = client_for(learner)
        measured = []
        for url in (course.url, lessons[1].url, "/ky/learning/"):
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            measured.append(len(queries))
        counts.append(measured)
    # My learning lists both courses the second time: it may not grow with them either.
    assert counts[0] == counts[1], counts
