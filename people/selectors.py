from django.db.models import QuerySet

from people.models import TargetGroup, User
from people.roles import Role, has_role, sees_sensitive_groups


def target_groups_visible_to(*, viewer, person: User) -> QuerySet[TargetGroup]:
    """The target groups of `person` that `viewer` may see.

    A person sees her own; coordinators and administrators see all; nobody else sees a
    sensitive group, so a trainer never learns that someone is, say, a survivor of violence."""
    groups = person.target_groups.all()
    if viewer.pk == person.pk or sees_sensitive_groups(viewer):
        return groups
    return groups.not_sensitive()


def groups_visible_to(viewer) -> QuerySet[TargetGroup]:
    groups = TargetGroup.objects.all()
    return groups if sees_sensitive_groups(viewer) else groups.not_sensitive()


def people_visible_to(viewer) -> QuerySet[User]:
    """The people whose profiles `viewer` may open: everyone for coordinators and
    administrators, nobody else (trainers will see their own learners once courses exist)."""
    if has_role(viewer, Role.COORDINATOR, Role.ADMINISTRATOR):
        return User.objects.all()
    return User.objects.none()
