"""Trainers write questions and quizzes in the admin; learners cannot."""

import pytest

from tests.quizzes.conftest import BLOCK_ID


@pytest.mark.parametrize("model", ["quiz", "question", "questionbank"])
@pytest.mark.parametrize("who, status", [("trainer", 200), ("coordinator", 200), ("learner", 302)])
def test_who_may_write_quizzes(request, db, client_for, model, who, status):
    person = request.getfixturevalue(who)
    response = client_for(person).get(f"/admin/snippets/quizzes/{model}/add/")
    assert response.status_code == status


def test_a_trainer_saves_a_question_in_the_admin(client_for, trainer, bank):
    from quizzes.models import Question

    response = client_for(trainer).post(
        "/admin/snippets/quizzes/question/add/",
        {
            "bank": bank.pk,
            "kind": "true_false",
            "text": "Аялдар жана эркектер тең укуктуу.",
            "choices-count": "0",
            "statement_is_true": "on",
            "accepted_answers": "",
            "feedback_right": "",
            "feedback_wrong": "",
            "explanation": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Question.objects.get(text="Аялдар жана эркектер тең укуктуу.").statement_is_true


def test_the_lesson_with_a_quiz_opens_in_the_editor(client_for, coordinator, quiz_lesson):
    response = client_for(coordinator).get(f"/admin/pages/{quiz_lesson.pk}/edit/")
    assert response.status_code == 200
    assert BLOCK_ID in response.content.decode()
