"""`session_completed(sender=Registration, registration=…)` is sent once per registration,
after the transaction that first recorded her completion of the session
(trainings.completion.session_complete) has committed. The certificates app connects the
participant's certificate here."""

from django.dispatch import Signal

session_completed = Signal()
