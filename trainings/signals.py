from django.dispatch import Signal

# Sent after commit when a session is closed: its attendance is final (issue 14.4: certificates).
session_closed = Signal()  # session
