"""A quiz: its questions (chosen, or drawn from a bank), and its rules."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from quizzes.models.bank import Question, QuestionBank


class ShowAnswers(models.TextChoices):
    NEVER = "never", _("Never")
    AFTER_ATTEMPT = "after_attempt", _("After each attempt")
    AFTER_PASS = "after_pass", _("After passing")


class Quiz(TranslatableMixin, index.Indexed, ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    instructions = models.TextField(_("instructions"), blank=True)
    draw_from = models.ForeignKey(
        QuestionBank,
        verbose_name=_("draw questions from bank"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty to ask the questions listed below, in their order."),
    )
    draw_count = models.PositiveSmallIntegerField(
        _("number of questions to draw"), null=True, blank=True
    )
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle the choices"), default=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), null=True, blank=True, help_text=_("Leave empty for unlimited.")
    )
    time_limit = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Leave empty for none.")
    )
    show_answers = models.CharField(
        _("show the right answers"),
        max_length=16,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_PASS,
    )
    one_per_page = models.BooleanField(
        _("one question per page"),
        default=False,
        help_text=_("Easier on a small phone screen; answers are saved at each step."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("instructions"),
        InlinePanel("items", label=_("Questions")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("draw_from"), FieldPanel("draw_count")])],
            heading=_("Or draw questions at random"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("time_limit"), FieldPanel("show_answers")]),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
                FieldPanel("one_per_page"),
            ],
            heading=_("Rules"),
        ),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        super().clean()
        if self.draw_from_id and not self.draw_count:
            raise ValidationError({"draw_count": _("Say how many questions to draw.")})
        if self.draw_count and not self.draw_from_id:
            raise ValidationError({"draw_from": _("Choose the bank to draw from.")})
        if self.draw_from_id and self.draw_count > self.draw_from.questions.count():
            raise ValidationError({"draw_count": _("The bank has fewer questions than that.")})


class QuizQuestion(Orderable):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("question in a quiz")
        verbose_name_plural = _("questions in quizzes")

    def __str__(self) -> str:
        return str(self.question)
