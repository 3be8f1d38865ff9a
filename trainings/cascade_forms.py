"""What a cascade's reach table is picked by: a region, a target group the viewer may see."""

from django import forms
from django.utils.translation import gettext_lazy as _

from people.models import TargetGroup
from people.regions import Region
from people.selectors import groups_visible_to


class ReachFilter(forms.Form):
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All")), *Region.choices]
    )
    group = forms.ChoiceField(label=_("Target group"), required=False)

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = list(groups_visible_to(viewer))
        self.fields["group"].choices = [
            ("", _("All")),
            *[(group.slug, group.name) for group in self.groups],
        ]

    def picked_region(self) -> str:
        return self.cleaned_data["region"] if self.is_valid() else ""

    def picked_group(self) -> TargetGroup | None:
        if not self.is_valid() or not self.cleaned_data["group"]:
            return None
        return next(g for g in self.groups if g.slug == self.cleaned_data["group"])
