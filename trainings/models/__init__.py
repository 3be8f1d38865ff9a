from trainings.models.participant import (
    AgeBand,
    Attendance,
    Headcount,
    Participant,
    Registration,
)
from trainings.models.qualification import Practicum
from trainings.models.reach import ReachedMember, ReachedPerson, TrainerReach
from trainings.models.session import Language, Project, Session, SessionDay

__all__ = [
    "AgeBand",
    "Attendance",
    "Headcount",
    "Language",
    "Participant",
    "Practicum",
    "Project",
    "ReachedMember",
    "ReachedPerson",
    "Registration",
    "Session",
    "SessionDay",
    "TrainerReach",
]
