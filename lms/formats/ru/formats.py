# Russian: the day and month read "8 декабря" (Django's "j F" gives "8 Декабрь").
# What is not here comes from Django's own Russian formats.
MONTH_DAY_FORMAT = "j E"
DATETIME_FORMAT = "j E Y г., H:i"
