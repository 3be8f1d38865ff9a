"""Signals of the programmes app, sent after commit.

`programme_completed(sender=ProgrammeEnrolment, enrolment=…)`: sent once, after the transaction
that first recorded her completion of the programme (`programmes.services.
programme_check_completion`) has committed. The certificates app issues the programme
certificate here."""

from django.dispatch import Signal

programme_completed = Signal()
