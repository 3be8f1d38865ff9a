"""The four roles, as Django groups created by the migration `0002_create_roles`.

Checks read the user's group names once per request and keep them on the user object."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    # The value is the group's name in the database; the label is what people read.
    LEARNER = "Learner", _("Learner")
    TRAINER = "Trainer", _("Trainer")
    COORDINATOR = "Coordinator", _("Coordinator")
    ADMINISTRATOR = "Administrator", _("Administrator")
    # Works the community's moderation queue; beside the four, not above any of them.
    MODERATOR = "Moderator", _("Moderator")


def role_label(name: str) -> str:
    """A group's name as people read it: a role's label in the reader's language, another
    group's name as stored."""
    try:
        return str(Role(name).label)
    except ValueError:
        return name


def roles_of(user) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_tendik_roles"):
        names = set(user.groups.values_list("name", flat=True))
        if user.is_superuser:
            names.add(Role.ADMINISTRATOR)
        user._tendik_roles = frozenset(names)
    return user._tendik_roles


def has_role(user, *roles: Role) -> bool:
    return bool(roles_of(user) & set(roles))


def sees_sensitive_groups(user) -> bool:
    """Membership of a sensitive target group is for coordinators and administrators only."""
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)


def authors(user) -> bool:
    """May open the Wagtail admin to write or manage content."""
    return user.is_authenticated and (
        user.is_staff or has_role(user, Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR)
    )


# Roles that carry power over other people's accounts: only administrators give or take them.
POWERFUL_ROLES = frozenset({Role.COORDINATOR, Role.ADMINISTRATOR, Role.MODERATOR})
_RANK = {Role.LEARNER: 1, Role.TRAINER: 2, Role.COORDINATOR: 3, Role.ADMINISTRATOR: 4}


def rank_of(user) -> int:
    """The highest role held (a superuser counts as an administrator); 0 for none."""
    return max((_RANK.get(name, 0) for name in roles_of(user)), default=0)


def grants_roles(user) -> bool:
    """May give the Coordinator or Administrator role or superuser status."""
    return has_role(user, Role.ADMINISTRATOR)


def may_manage(user, person) -> bool:
    """May edit, reset, deactivate or delete `person`'s account: never one above her own role."""
    return rank_of(person) <= rank_of(user)
