"""Who sees which reports: coordinators and administrators every count; a trainer the counts
over the sessions she led and her own cascade; nobody else."""

from people.roles import Role, has_role
from trainings.cascade import has_cascade


def sees_everything(user) -> bool:
    return user.is_authenticated and has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)


def sees_reports(user) -> bool:
    return user.is_authenticated and (sees_everything(user) or has_cascade(user))
