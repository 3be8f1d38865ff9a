"""Form pieces every app uses."""

from django import forms

from core.params import parse_int


class ChoiceOfIdsMixin:
    """For a ModelMultipleChoiceField: an id the database cannot hold ("²", 20 digits) is as
    unknown as any other, a clear error and never a database error."""

    def _check_values(self, value):
        for pk in value:
            if parse_int(str(pk)) is None:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(pk)[:40]},
                )
        return super()._check_values(value)
