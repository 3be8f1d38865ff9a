from programmes.models.enrolment import ProgrammeEnrolment
from programmes.models.page import ProgrammePage

__all__ = ["ProgrammeEnrolment", "ProgrammePage"]
