# Kyrgyz: the day number and the year take a hyphen ("8-декабрь 2026-ж."), the month is
# lowercase (the `E` names, see lms/formats/__init__.py), the decimal separator is a comma.
# What is not here comes from Django's own Kyrgyz formats.
DATE_FORMAT = "j-E Y-ж."
DATETIME_FORMAT = "j-E Y-ж., H:i"
YEAR_MONTH_FORMAT = "F Y-ж."
MONTH_DAY_FORMAT = "j-E"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
