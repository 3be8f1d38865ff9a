from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mentoring.models import (
    Expertise,
    Frequency,
    Language,
    MentorProfile,
    country_choices,
    joined,
    split,
)
from mentoring.services import add_months, end_refusal

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MentorProfileForm(forms.ModelForm):
    expertise = forms.MultipleChoiceField(
        label=_("Expertise"), choices=Expertise.choices, widget=forms.CheckboxSelectMultiple
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=Language.choices, widget=forms.CheckboxSelectMultiple
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"), choices=(), widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = MentorProfile
        fields = [
            "expertise",
            "languages",
            "countries",
            "capacity",
            "is_open",
            "availability",
            "about",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].choices = country_choices()
        if self.instance.pk and not self.is_bound:
            for name in ("expertise", "languages", "countries"):
                self.initial[name] = split(getattr(self.instance, name))

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        for name in ("expertise", "languages", "countries"):
            data[name] = joined(data[name])
        return data


class RequestForm(forms.Form):
    goals = forms.CharField(
        label=_("Your goals"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What you would like to learn or achieve with her help."),
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your message"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AcceptForm(AnswerForm):
    goals = forms.CharField(
        label=_("Goals of the agreement"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    starts_on = forms.DateField(label=_("Start"), widget=DATE)
    ends_on = forms.DateField(
        label=_("End"), widget=DATE, help_text=_("One to six months after the start.")
    )
    frequency = forms.ChoiceField(label=_("How often you meet"), choices=Frequency.choices)

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.initial.setdefault("starts_on", today)
        self.initial.setdefault("ends_on", add_months(today, 3))
        self.initial.setdefault("frequency", Frequency.FORTNIGHTLY)
        if request is not None:
            self.initial.setdefault("goals", request.goals)

    def clean(self):
        data = super().clean()
        starts_on, ends_on = data.get("starts_on"), data.get("ends_on")
        if starts_on and ends_on:
            problem = end_refusal(starts_on, ends_on)
            if problem:
                self.add_error("ends_on", problem)
        return data


class MeetingForm(forms.Form):
    held_on = forms.DateField(label=_("Date"), widget=DATE)
    discussed = forms.CharField(
        label=_("What was discussed"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3})
    )
    next_steps = forms.CharField(
        label=_("Next steps"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(_("A meeting is logged once it has taken place."))
        return held_on


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Rating"),
        coerce=int,
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        widget=forms.RadioSelect,
        help_text=_("5: very useful, 1: not useful."),
    )
    note = forms.CharField(
        label=_("A short note"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class _PersonField(forms.EmailField):
    def clean(self, value):
        email = super().clean(value)
        person = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if person is None:
            raise forms.ValidationError(_("Nobody with this email has an account."))
        return person


class ProposeForm(forms.Form):
    mentor = _PersonField(label=_("Mentor's email"))
    mentee = _PersonField(label=_("Mentee's email"))
    programme = forms.TypedChoiceField(
        label=_("Programme"), choices=(), required=False, coerce=int, empty_value=None
    )
    note = forms.CharField(
        label=_("Note to both"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, schemes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].choices = [("", _("None")), *schemes]


class MarkForm(forms.Form):
    person = _PersonField(label=_("Email of the member who mentors"))


class SchemeForm(forms.Form):
    """Mentoring under a programme: how many mentors a mentee of it may have at once."""

    programme = forms.TypedChoiceField(label=_("Programme"), choices=(), coerce=int)
    max_active_per_mentee = forms.IntegerField(
        label=_("Mentors a mentee may have at once"), min_value=1, max_value=10, initial=1
    )

    def __init__(self, *args, programmes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].choices = list(programmes)
