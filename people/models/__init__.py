from .consent import Consent
from .target_group import TargetGroup
from .user import FUNCTIONING_FIELDS, PROFILE_FIELDS, Difficulty, Gender, User

__all__ = [
    "FUNCTIONING_FIELDS",
    "PROFILE_FIELDS",
    "Consent",
    "Difficulty",
    "Gender",
    "TargetGroup",
    "User",
]
