from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from quizzes.models import Question, QuestionBank, Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "form"
    menu_label = _("Quizzes")
    list_display = ["title", "pass_mark", "max_attempts", "time_limit"]
    search_fields = ["title"]


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    list_display = ["title"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["text", "kind", "bank"]
    list_filter = ["kind", "bank"]


class QuizzesGroup(SnippetViewSetGroup):
    items = (QuizViewSet, QuestionBankViewSet, QuestionViewSet)
    menu_icon = "form"
    menu_label = _("Quizzes")
    menu_order = 250


register_snippet(QuizzesGroup)
