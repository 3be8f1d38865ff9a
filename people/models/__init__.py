from .consent import Consent
from .target_group import TargetGroup
from .user import Gender, User

__all__ = ["Consent", "Gender", "TargetGroup", "User"]
