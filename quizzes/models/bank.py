"""Questions, kept in banks. Both are translatable snippets: a question's Kyrgyz, Russian and
English versions share a translation key, and its choices keep their block ids in every language,
so an answer means the same choice whichever version the learner read."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class QuestionBank(TranslatableMixin, index.Indexed, models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")

    def __str__(self) -> str:
        return self.title


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    SHORT = "short", _("Short answer")
    ORDERING = "ordering", _("Ordering")


# The kinds whose answer is one or more of the question's choices.
CHOICE_KINDS = (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.ORDERING)


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=500)
    correct = blocks.BooleanBlock(
        label=_("Correct"),
        required=False,
        help_text=_("Tick the right choices. For ordering, list the steps in the right order."),
    )


class Question(TranslatableMixin, index.Indexed, models.Model):
    bank = models.ForeignKey(
        QuestionBank,
        verbose_name=_("question bank"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    kind = models.CharField(
        _("type"), max_length=12, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    text = models.TextField(_("question"))
    choices = StreamField(
        [("choice", ChoiceBlock(label=_("Choice")))],
        verbose_name=_("choices"),
        blank=True,
        help_text=_("For single choice, multiple choice and ordering questions."),
    )
    statement_is_true = models.BooleanField(
        _("the statement is true"), default=True, help_text=_("For true or false questions.")
    )
    accepted_answers = models.TextField(
        _("accepted answers"),
        blank=True,
        help_text=_(
            "For short answer questions: one accepted answer per line. Case, spaces, ё and е, "
            "and look-alike letters typed for Ң, Ү and Ө do not matter."
        ),
    )
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=False,
        help_text=_("For multiple choice and ordering: give part of the points for part of it."),
    )
    feedback_right = models.TextField(_("feedback for a right answer"), blank=True)
    feedback_wrong = models.TextField(_("feedback for a wrong answer"), blank=True)
    explanation = models.TextField(_("explanation"), blank=True)

    panels = [
        FieldPanel("bank"),
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("choices"),
        FieldPanel("statement_is_true"),
        FieldPanel("accepted_answers"),
        FieldPanel("partial_credit"),
        MultiFieldPanel(
            [FieldPanel("feedback_right"), FieldPanel("feedback_wrong"), FieldPanel("explanation")],
            heading=_("Feedback"),
        ),
    ]
    search_fields = [index.SearchField("text"), index.AutocompleteField("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def accepted(self) -> list[str]:
        return [line.strip() for line in self.accepted_answers.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        choices = [child.value for child in self.choices]
        right = sum(bool(choice["correct"]) for choice in choices)
        if self.kind in CHOICE_KINDS and len(choices) < 2:
            raise ValidationError({"choices": _("Give at least two choices.")})
        if self.kind == QuestionKind.SINGLE and right != 1:
            raise ValidationError({"choices": _("Tick exactly one right choice.")})
        if self.kind == QuestionKind.MULTIPLE and right < 1:
            raise ValidationError({"choices": _("Tick at least one right choice.")})
        if self.kind == QuestionKind.SHORT and not self.accepted:
            raise ValidationError({"accepted_answers": _("Give at least one accepted answer.")})
