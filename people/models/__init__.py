from .consent import Consent
from .target_group import TargetGroup
from .user import PROFILE_FIELDS, Gender, User

__all__ = ["PROFILE_FIELDS", "Consent", "Gender", "TargetGroup", "User"]
