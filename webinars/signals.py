"""`webinar_attended(sender=Registration, registration=…)` is sent once per registration, after the
transaction that first counted the person as attended (by the attendance report or by watching the
whole recording) has committed. The certificates app connects its participation certificate here."""

from django.dispatch import Signal

webinar_attended = Signal()
