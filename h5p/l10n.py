"""The H5P player's own words in the reader's language, from the project's catalogues.

H5P keeps two kinds of interface text: the player core's (`H5PIntegration.l10n`, which
h5p-standalone takes as its `translations` option) and each library's, which the authoring tool
wrote into the package's content.json in English. A library's text is replaced only where it is
still one of the English words the authoring tool suggests: words an author chose are the
author's."""

from django.utils import translation
from django.utils.translation import pgettext_lazy

CORE = {
    "fullscreen": pgettext_lazy("H5P player", "Fullscreen"),
    "disableFullscreen": pgettext_lazy("H5P player", "Disable fullscreen"),
    "close": pgettext_lazy("H5P player", "Close"),
    "contentChanged": pgettext_lazy(
        "H5P player", "This content has changed since you last used it."
    ),
    "startingOver": pgettext_lazy("H5P player", "You'll be starting over."),
    "confirmDialogHeader": pgettext_lazy("H5P player", "Confirm action"),
    "confirmDialogBody": pgettext_lazy(
        "H5P player", "Please confirm that you wish to proceed. This action is not reversible."
    ),
    "cancelLabel": pgettext_lazy("H5P player", "Cancel"),
    "confirmLabel": pgettext_lazy("H5P player", "Confirm"),
    "connectionLost": pgettext_lazy(
        "H5P player", "Connection lost. Results will be stored and sent when you regain connection."
    ),
    "connectionReestablished": pgettext_lazy("H5P player", "Connection reestablished."),
}

# The English defaults each library's content.json holds, by the section and key H5P puts them.
LIBRARIES = {
    "H5P.TrueFalse": {
        "l10n": {
            # "Yes" and "No" are the other English pair the authoring tool suggests.
            "trueText": (pgettext_lazy("H5P player", "True"), pgettext_lazy("H5P player", "Yes")),
            "falseText": (pgettext_lazy("H5P player", "False"), pgettext_lazy("H5P player", "No")),
            "score": pgettext_lazy("H5P player", "You got @score of @total points"),
            "checkAnswer": pgettext_lazy("H5P player", "Check"),
            "submitAnswer": pgettext_lazy("H5P player", "Submit"),
            "showSolutionButton": pgettext_lazy("H5P player", "Show solution"),
            "tryAgain": pgettext_lazy("H5P player", "Retry"),
            "wrongAnswerMessage": pgettext_lazy("H5P player", "Wrong answer"),
            "correctAnswerMessage": pgettext_lazy("H5P player", "Correct answer"),
            "scoreBarLabel": pgettext_lazy("H5P player", "You got :num out of :total points"),
        },
    },
    "H5P.MultiChoice": {
        "UI": {
            "checkAnswerButton": pgettext_lazy("H5P player", "Check"),
            "submitAnswerButton": pgettext_lazy("H5P player", "Submit"),
            "showSolutionButton": pgettext_lazy("H5P player", "Show solution"),
            "tryAgainButton": pgettext_lazy("H5P player", "Retry"),
            "tipsLabel": pgettext_lazy("H5P player", "Show tip"),
            "scoreBarLabel": pgettext_lazy("H5P player", "You got :num out of :total points"),
            "tipAvailable": pgettext_lazy("H5P player", "Tip available"),
            "feedbackAvailable": pgettext_lazy("H5P player", "Feedback available"),
            "readFeedback": pgettext_lazy("H5P player", "Read feedback"),
            "wrongAnswer": pgettext_lazy("H5P player", "Wrong answer"),
            "correctAnswer": pgettext_lazy("H5P player", "Correct answer"),
            "shouldCheck": pgettext_lazy("H5P player", "Should have been checked"),
            "shouldNotCheck": pgettext_lazy("H5P player", "Should not have been checked"),
            "noInput": pgettext_lazy("H5P player", "Please answer before viewing the solution"),
        },
    },
    "H5P.DragQuestion": {
        "l10n": {
            "checkAnswer": pgettext_lazy("H5P player", "Check"),
            "submitAnswer": pgettext_lazy("H5P player", "Submit"),
            "tryAgain": pgettext_lazy("H5P player", "Retry"),
            "showSolution": pgettext_lazy("H5P player", "Show solution"),
        },
    },
    "H5P.QuestionSet": {
        "texts": {
            "prevButton": pgettext_lazy("H5P player", "Previous"),
            "nextButton": pgettext_lazy("H5P player", "Next"),
            "finishButton": pgettext_lazy("H5P player", "Finish"),
            "submitButton": pgettext_lazy("H5P player", "Submit"),
            "textualProgress": pgettext_lazy(
                "H5P player", "Question: @current of @total questions"
            ),
            "questionLabel": pgettext_lazy("H5P player", "Question"),
            "unansweredText": pgettext_lazy("H5P player", "Unanswered"),
            "answeredText": pgettext_lazy("H5P player", "Answered"),
            "currentQuestionText": pgettext_lazy("H5P player", "Current question"),
            "navigationLabel": pgettext_lazy("H5P player", "Questions"),
        },
        "endGame": {
            "solutionButtonText": pgettext_lazy("H5P player", "Show solution"),
            "finishButtonText": pgettext_lazy("H5P player", "Finish"),
            "retryButtonText": pgettext_lazy("H5P player", "Retry"),
            "submitButtonText": pgettext_lazy("H5P player", "Submit"),
            "message": pgettext_lazy("H5P player", "Your result:"),
            "noResultMessage": pgettext_lazy("H5P player", "Finished"),
            "skipButtonText": pgettext_lazy("H5P player", "Skip video"),
            "scoreBarLabel": pgettext_lazy("H5P player", "You got @finals out of @totals points"),
        },
    },
    "H5P.InteractiveVideo": {
        "l10n": {
            "interaction": pgettext_lazy("H5P player", "Interaction"),
            "play": pgettext_lazy("H5P player", "Play"),
            "pause": pgettext_lazy("H5P player", "Pause"),
            "mute": pgettext_lazy("H5P player", "Mute"),
            "unmute": pgettext_lazy("H5P player", "Unmute"),
            "quality": pgettext_lazy("H5P player", "Video Quality"),
            "fullscreen": pgettext_lazy("H5P player", "Fullscreen"),
            "exitFullscreen": pgettext_lazy("H5P player", "Exit Fullscreen"),
            "summary": pgettext_lazy("H5P player", "Summary"),
            "bookmarks": pgettext_lazy("H5P player", "Bookmarks"),
            "defaultAdaptivitySeekLabel": pgettext_lazy("H5P player", "Continue"),
            "continueWithVideo": pgettext_lazy("H5P player", "Continue with video"),
            "playbackRate": pgettext_lazy("H5P player", "Playback Rate"),
            "rewind10": pgettext_lazy("H5P player", "Rewind 10 Seconds"),
            "back": pgettext_lazy("H5P player", "Back"),
            "captions": pgettext_lazy("H5P player", "Captions"),
            "close": pgettext_lazy("H5P player", "Close"),
            "content": pgettext_lazy("H5P player", "Content"),
            "more": pgettext_lazy("H5P player", "More player options"),
            "videoProgressBar": pgettext_lazy("H5P player", "Video progress"),
            "endcardSubmitButton": pgettext_lazy("H5P player", "Submit Answers"),
            "endcardSubmitMessage": pgettext_lazy(
                "H5P player", "Your answers have been submitted!"
            ),
        },
    },
}
# The confirmation dialogs questions may ask for (both libraries use the same words).
CONFIRM = {
    "confirmCheck": {
        "header": pgettext_lazy("H5P player", "Finish ?"),
        "body": pgettext_lazy("H5P player", "Are you sure you wish to finish ?"),
        "cancelLabel": pgettext_lazy("H5P player", "Cancel"),
        "confirmLabel": pgettext_lazy("H5P player", "Finish"),
    },
    "confirmRetry": {
        "header": pgettext_lazy("H5P player", "Retry ?"),
        "body": pgettext_lazy("H5P player", "Are you sure you wish to retry ?"),
        "cancelLabel": pgettext_lazy("H5P player", "Cancel"),
        "confirmLabel": pgettext_lazy("H5P player", "Confirm"),
    },
}
for _library in ("H5P.TrueFalse", "H5P.MultiChoice", "H5P.DragQuestion"):
    LIBRARIES[_library].update(CONFIRM)


def core_translations() -> dict:
    """h5p-standalone's `translations` option, in the active language."""
    return {"H5P": {key: str(text) for key, text in CORE.items()}}


def _english(text) -> str:
    with translation.override("en"):  # the English catalogue leaves every msgid as it is
        return str(text)


def _localise_params(library: str, params: dict) -> None:
    for section, strings in LIBRARIES.get(library, {}).items():
        texts = params.get(section)
        if not isinstance(texts, dict):
            continue
        for key, choices in strings.items():
            for text in choices if isinstance(choices, tuple) else (choices,):
                if texts.get(key) == _english(text):
                    texts[key] = str(text)


def _walk(value) -> None:
    """Sub-content (a question set's questions, a video's interactions) names its library."""
    if isinstance(value, dict):
        library, params = value.get("library"), value.get("params")
        if isinstance(library, str) and isinstance(params, dict):
            _localise_params(library.split(" ", 1)[0], params)
        for child in value.values():
            _walk(child)
    elif isinstance(value, list):
        for child in value:
            _walk(child)


def content_localise(content: dict, main_library: str) -> dict:
    """content.json with the libraries' default English in the active language (in place)."""
    _localise_params(main_library, content)
    _walk(content)
    return content
