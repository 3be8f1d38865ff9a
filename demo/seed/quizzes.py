"""The demo quizzes (texts in demo/content/quizzes/), in Kyrgyz, Russian and English, placed
at the end of their lessons in every language, and a few demo learners' attempts so that the
results page has figures.

Needs seed_courses() first. Running it again changes nothing: every object is found by a
translation key derived from the quiz's slug, and a lesson gets a new revision only when its
quiz block is missing or differs."""

import uuid

from django.db import transaction
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Locale

from courses.completion import course_lessons
from courses.models import CoursePage, LessonPage
from demo import content
from people.models import User
from quizzes.models import Attempt, Question, QuestionBank, Quiz, QuizQuestion
from quizzes.placement import placements_in
from quizzes.services import attempt_start, attempt_submit

LANGUAGES = content.LANGUAGES
NAMESPACE = uuid.UUID("5d0f6a1e-7c1b-4e8e-9a55-2f4d3c1b0a11")

# (email, quiz slug, language, how she answers each attempt: True right, False wrong)
ATTEMPTS = [
    ("learner@demo.tendik.kg", "cedaw-basics", "ky", [False]),
    ("bermet@demo.tendik.kg", "cedaw-basics", "ru", [False, True]),
    ("nurlan@demo.tendik.kg", "inclusive-dialogue-check", "ky", [True]),
    ("jyldyz@demo.tendik.kg", "inclusive-dialogue-check", "ky", [False]),
]


def _key(*parts) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "/".join(parts))


@transaction.atomic
def seed_quizzes() -> list[Quiz]:
    """Build or update the demo quizzes; returns the Kyrgyz ones."""
    locales = {lang: Locale.objects.get(language_code=lang) for lang in LANGUAGES}
    quizzes = []
    specs = content.quizzes()
    for spec in specs:
        slug = spec["slug"]
        for lang, locale in locales.items():
            bank = _ensure(QuestionBank, _key(slug, "bank"), locale, title=spec["bank"][lang])
            questions = [
                _ensure(
                    Question, _key(slug, "q", str(n)), locale, **_question(q, slug, n, lang, bank)
                )
                for n, q in enumerate(spec["questions"])
            ]
            quiz = _ensure(
                Quiz,
                _key(slug),
                locale,
                title=spec["title"][lang],
                instructions=spec["instructions"][lang],
                **spec["rules"],
            )
            if [item.question_id for item in quiz.items.all()] != [q.pk for q in questions]:
                quiz.items.all().delete()
                for n, question in enumerate(questions):
                    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=n)
            _place(spec, quiz, locale)
            if lang == "ky":
                quizzes.append(quiz)
    _seed_attempts(specs)
    return quizzes


def _question(spec: dict, slug: str, n: int, lang: str, bank: QuestionBank) -> dict:
    return {
        "bank": bank,
        "kind": spec["kind"],
        "text": spec["text"][lang],
        # The same choice ids in every language, so an answer means the same choice.
        "choices": [
            {
                "type": "choice",
                "value": {"text": choice["text"][lang], "correct": choice.get("correct", False)},
                "id": f"{slug}-{n}-{c}",
            }
            for c, choice in enumerate(spec.get("choices", []))
        ],
        "statement_is_true": spec.get("statement_is_true", True),
        "accepted_answers": "\n".join(spec.get("accepted", {}).get(lang, [])),
        "partial_credit": spec.get("partial_credit", False),
        "feedback_right": spec["feedback_right"][lang],
        "feedback_wrong": spec["feedback_wrong"][lang],
        "explanation": spec["explanation"][lang],
    }


def _ensure(model, key: uuid.UUID, locale: Locale, **fields):
    """The object with this translation key in `locale`, created or updated to `fields`."""
    obj = model.objects.filter(translation_key=key, locale=locale).first()
    if obj is None:
        obj = model(translation_key=key, locale=locale, **fields)
        obj.save()
        return obj
    changed = False
    for name, value in fields.items():
        current = getattr(obj, name)
        if name == "choices":
            current = [dict(raw) for raw in current.raw_data]
        if current != value:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.save()
    return obj


def _lesson(spec: dict, locale: Locale) -> LessonPage:
    course = CoursePage.objects.get(slug=spec["course"], locale__language_code="ky")
    lesson = LessonPage.objects.descendant_of(course).get(slug=spec["lesson"])
    return lesson.get_translation(locale)


def _place(spec: dict, quiz: Quiz, locale: Locale) -> None:
    """The quiz block at the end of the lesson, with the same block id in every language."""
    lesson = _lesson(spec, locale)
    block = {
        "type": "quiz",
        "value": {"quiz": quiz.pk, "required": spec["required"]},
        "id": str(_key(spec["slug"], "block")),
    }
    body = [dict(raw) for raw in lesson.body.raw_data]
    if block in body:
        return
    lesson.body = [raw for raw in body if raw["id"] != block["id"]] + [block]
    lesson.save_revision().publish()


def _seed_attempts(specs: list[dict]) -> None:
    for email, slug, lang, answers in ATTEMPTS:
        user = User.objects.get(email=email)
        spec = next(spec for spec in specs if spec["slug"] == slug)
        lesson = _lesson(spec, Locale.objects.get(language_code=lang))
        block_id = str(_key(slug, "block"))
        done = Attempt.objects.filter(
            user=user, lesson_key=lesson.translation_key, block_id=block_id
        )
        if done.exists():
            continue
        for right in answers:
            with translation.override(lang):
                attempt = attempt_start(user=user, lesson=lesson, block_id=block_id)
                attempt_submit(
                    attempt=attempt,
                    data=_form(attempt, right),
                    shown=list(range(len(attempt.questions))),
                )


def quizzes_pass(user: User, course: CoursePage) -> None:
    """Pass every required quiz of `course` (for demo learners who complete it)."""
    for placement in placements_in(course_lessons(course)):
        if not placement.required:
            continue
        attempt = attempt_start(user=user, lesson=placement.lesson, block_id=placement.block_id)
        attempt_submit(
            attempt=attempt,
            data=_form(attempt, right=True),
            shown=list(range(len(attempt.questions))),
        )


def _form(attempt: Attempt, right: bool) -> dict[str, list[str]]:
    """A filled-in form: every answer right, or the first choice (or a wrong word) everywhere."""
    form = QueryDict(mutable=True)
    for index, question in enumerate(attempt.questions):
        name, correct, kind = f"q-{index}", question["correct"], question["kind"]
        if kind == "ordering":
            order = correct if right else list(reversed(correct))
            for position, choice_id in enumerate(order, start=1):
                form[f"{name}-{choice_id}"] = str(position)
        elif kind == "multiple":
            form.setlist(name, correct if right else [question["choices"][0]["id"]])
        elif kind == "true_false":
            form[name] = "true" if correct == right else "false"
        elif kind == "short":
            form[name] = correct[0] if right else "—"
        else:
            wrong = next(c["id"] for c in question["choices"] if c["id"] != correct)
            form[name] = correct if right else wrong
    return form
