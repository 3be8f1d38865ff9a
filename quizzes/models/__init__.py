from quizzes.models.attempt import Attempt
from quizzes.models.bank import Question, QuestionBank, QuestionKind
from quizzes.models.quiz import Quiz, QuizQuestion, ShowAnswers

__all__ = [
    "Attempt",
    "Question",
    "QuestionBank",
    "QuestionKind",
    "Quiz",
    "QuizQuestion",
    "ShowAnswers",
]
