"""The project's date and number formats (FORMAT_MODULE_PATH), where Django's own read wrong.

Kyrgyz writes "8-декабрь 2026-ж." and "1,5"; Russian "8 декабря 2026 г.". Django's Kyrgyz
catalogue capitalises the month names that the `E` format character prints ("8 Декабрь"), so
the project's catalogue gives them lowercase: they are listed here for makemessages to keep."""

from django.utils.translation import pgettext_lazy

MONTHS_IN_DATES = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
