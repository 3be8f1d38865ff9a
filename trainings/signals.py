"""Signals of the trainings app, sent after commit.

`session_closed(sender=Session, session=…)`: a session was closed, its attendance final.
`session_completed(sender=Registration, registration=…, hours=…)`: sent once per registration,
with the hours she attended, after the transaction that first recorded her completion of the
session (trainings.completion.session_complete, which session_close calls) has committed. The
certificates app connects the participant's certificate here."""

from django.dispatch import Signal

session_closed = Signal()
session_completed = Signal()
