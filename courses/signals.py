from django.dispatch import Signal

# Sent once, after the transaction that recorded the completion has committed.
# Arguments: enrolment (courses.Enrolment), course (the CoursePage it completes).
course_completed = Signal()
