"""The site's forms for sessions, participants and claims. They check shapes only; the rules
(who may lead, overlaps, twice-added participants) are the services'."""

from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import ChoiceOfIdsMixin
from people.forms import TargetGroupField
from people.models import TargetGroup, User
from people.regions import Region, SettlementType
from people.roles import sees_sensitive_groups
from quizzes.models import Quiz
from trainings.models import Participant, Project, Session
from trainings.selectors import co_trainer_candidates, coordinates, course_page, courses_for
from trainings.services import ACCOUNT_FIELDS, SESSION_FIELDS

DAY_ROWS = 5


def person_label(obj) -> str:
    return f"{obj.full_name} · {obj.email}" if obj.full_name else obj.email


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


class PeopleChoiceField(ChoiceOfIdsMixin, forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return person_label(obj)


class HoursField(forms.DecimalField):
    """Hours as typed on a phone: "4,5" as well as "4.5"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        return super().to_python(value)


class SessionForm(forms.ModelForm):
    """The session's details and up to five days (date and hours each)."""

    # A text field shown as a list: a course not offered gets our message, not "not a choice".
    course = forms.CharField(label=_("Course"), widget=forms.Select)
    lead_trainer = PersonChoiceField(label=_("Lead trainer"), queryset=User.objects.none())
    co_trainers = PeopleChoiceField(
        label=_("Co-trainers"), queryset=User.objects.none(), required=False
    )

    class Meta:
        model = Session
        fields = SESSION_FIELDS
        widgets = {
            "capacity": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "required_share": forms.NumberInput(attrs={"inputmode": "numeric"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.courses = {str(page.translation_key): page for page in courses_for(user)}
        self.fields["course"].widget.choices = [("", "—")] + [
            (key, page.title) for key, page in self.courses.items()
        ]
        if self.instance.pk:
            self.initial.setdefault("course", str(self.instance.course_key))
            if str(self.instance.course_key) not in self.courses:
                # A coordinator's choice kept when the trainer edits her own session.
                page = course_page(self.instance.course_key)
                if page is not None:
                    self.courses[str(page.translation_key)] = page
                    self.fields["course"].widget.choices += [
                        (str(page.translation_key), page.title)
                    ]
        candidates = co_trainer_candidates()
        if coordinates(user):
            self.fields["lead_trainer"].queryset = candidates
        else:
            self.fields["lead_trainer"].queryset = User.objects.filter(pk=user.pk)
            self.fields["lead_trainer"].widget = forms.HiddenInput()
        self.initial.setdefault("lead_trainer", self.instance.lead_trainer_id or user.pk)
        self.fields["co_trainers"].queryset = candidates.exclude(pk=user.pk)
        if self.instance.pk:
            self.initial.setdefault("co_trainers", list(self.instance.co_trainers.all()))
        self.fields["project"].queryset = Project.objects.all()
        self.fields["post_test"].queryset = Quiz.objects.all()
        self.fields["post_test"].required = False
        # What the session delivers and who leads it come first, then where and when.
        self.order_fields(["course", "lead_trainer", "co_trainers", "language"])
        days = list(self.instance.days.all()) if self.instance.pk else []
        for index in range(DAY_ROWS):
            day = days[index] if index < len(days) else None
            self.fields[f"day_{index}_date"] = forms.DateField(
                label=_("Day %(number)s: date") % {"number": index + 1},
                required=index == 0,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                initial=day.date if day else None,
            )
            self.fields[f"day_{index}_hours"] = HoursField(
                label=_("Day %(number)s: hours") % {"number": index + 1},
                required=index == 0,
                max_digits=4,
                decimal_places=1,
                min_value=Decimal("0.5"),
                max_value=Decimal("24"),
                widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.5"}),
                initial=day.hours if day else None,
            )

    def clean_course(self):
        key = self.cleaned_data["course"]
        if key not in self.courses:
            raise forms.ValidationError(_("Choose a course you may lead sessions of."))
        return self.courses[key]

    def clean(self):
        cleaned = super().clean()
        days = []
        for index in range(DAY_ROWS):
            when = cleaned.get(f"day_{index}_date")
            hours = cleaned.get(f"day_{index}_hours")
            if when and hours is None:
                self.add_error(f"day_{index}_hours", _("Give the hours of this day."))
            elif hours is not None and not when:
                self.add_error(f"day_{index}_date", _("Give the date of this day."))
            elif when:
                days.append((when, hours))
        cleaned["days"] = days
        return cleaned

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "course": data["course"],
            "lead_trainer": data["lead_trainer"],
            "co_trainers": list(data["co_trainers"]),
            "days": data["days"],
            **{name: data[name] for name in self.Meta.fields},
        }

    def day_rows(self):
        return [(self[f"day_{i}_date"], self[f"day_{i}_hours"]) for i in range(DAY_ROWS)]


def visible_groups(user):
    groups = TargetGroup.objects.order_by("sort_order", "slug")
    return groups if sees_sensitive_groups(user) else groups.not_sensitive()


class ParticipantForm(forms.ModelForm):
    """A light record: a person without an account, as on the signed sheet."""

    consent = forms.BooleanField(
        label=_("She signed the data notice on the sheet"),
        required=True,
        error_messages={
            "required": _("Record a participant only when she has signed the data notice.")
        },
    )
    target_groups = TargetGroupField(
        label=_("Target groups"), queryset=TargetGroup.objects.none(), required=False
    )

    class Meta:
        model = Participant
        fields = [
            "full_name",
            "gender",
            "birth_year",
            "region",
            "settlement",
            "settlement_type",
            "phone",
            "organisation",
            "target_groups",
        ]
        widgets = {
            "birth_year": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "phone": forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_groups"].queryset = visible_groups(user)
        self.fields["full_name"].required = True
        self.fields["settlement"].required = True
        self.fields["region"].required = True
        if self.instance.pk:
            # A correction: the consent stays as signed on paper.
            del self.fields["consent"]
        if self.instance.user_id:
            # What comes from her account is hers to change, in her profile.
            for name in (*ACCOUNT_FIELDS, "target_groups"):
                del self.fields[name]

    def service_fields(self) -> dict:
        """The record's fields as `participant_create`/`participant_update` take them."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name in self.fields and name not in ("consent", "target_groups")
        }

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_birth_year(self):
        year = self.cleaned_data.get("birth_year")
        this_year = timezone.localdate().year
        if year is not None and not this_year - 110 <= year <= this_year:
            raise forms.ValidationError(_("Type a year of birth, such as 1985."))
        return year


class AccountParticipantForm(forms.Form):
    email = forms.EmailField(label=_("Her email (she has an account)"))


class ClaimForm(forms.Form):
    code = forms.CharField(
        label=_("Code printed on your certificate"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class SessionFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All"))] + Session.Status.choices, required=False
    )
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("All"))] + Region.choices, required=False
    )
    project = forms.ModelChoiceField(
        label=_("Project"), queryset=Project.objects.all(), required=False, empty_label=_("All")
    )
    settlement_type = forms.ChoiceField(
        label=_("Urban or rural"),
        choices=[("", _("All"))] + SettlementType.choices,
        required=False,
    )
