"""The player's own buttons and labels in the reader's language: the core's through
h5p-standalone's `translations`, the libraries' in the content.json the server hands it."""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import pgettext

from h5p.l10n import content_localise


def in_language(text: str, language: str) -> str:
    with translation.override(language):
        words = pgettext("H5P player", text)
    assert words != text, f"no {language} translation for {text!r}"
    return words


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_true_false_package_comes_in_the_readers_language(
    client_for, learner, h5p_lesson, enrolled, language
):
    _course, lesson, block_id = h5p_lesson
    # The player's URLs carry no language: a signed-in person gets the one she chose.
    learner.preferred_language = language
    learner.save()
    client = client_for(learner)
    url = reverse("h5p:package_file", args=[lesson.pk, block_id, "content/content.json"])
    response = client.get(url)
    content = json.loads(response.content)

    assert content["l10n"]["checkAnswer"] == in_language("Check", language)
    assert content["l10n"]["trueText"] == in_language("Yes", language)
    assert content["l10n"]["showSolutionButton"] == in_language("Show solution", language)
    assert "Oslo" in json.dumps(content)  # the author's question stays as written
    assert response["Cache-Control"] == "private, no-store"

    player = client.get(reverse("h5p:player", args=[lesson.pk, block_id]))
    config = player.context["config"]
    assert config["options"]["translations"]["H5P"]["fullscreen"] == in_language(
        "Fullscreen", language
    )


def test_sub_contents_are_translated_and_an_authors_words_are_kept():
    question_set = {
        "texts": {"nextButton": "Next", "finishButton": "Finish"},
        "questions": [
            {
                "library": "H5P.MultiChoice 1.16",
                "params": {"UI": {"checkAnswerButton": "Check", "tryAgainButton": "Again!"}},
            }
        ],
    }
    with translation.override("ky"):
        content_localise(question_set, "H5P.QuestionSet")

    assert question_set["texts"]["nextButton"] == in_language("Next", "ky")
    ui = question_set["questions"][0]["params"]["UI"]
    assert ui["checkAnswerButton"] == in_language("Check", "ky")
    assert ui["tryAgainButton"] == "Again!"
