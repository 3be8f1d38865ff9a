from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction

from people.models import Consent, TargetGroup, User
from people.roles import Role


@transaction.atomic
def person_create(
    *,
    email: str,
    full_name: str,
    password: str | None = None,
    target_groups: list[TargetGroup] | None = None,
    **profile,
) -> User:
    """Create a learner's account with her profile. Without a password she cannot sign in
    until she chooses one (a coordinator enrolled her)."""
    person = User(email=email, full_name=full_name, **profile)
    if password:
        person.set_password(password)
    else:
        person.set_unusable_password()
    person.full_clean(exclude=["password"])
    person.save()
    person.target_groups.set(target_groups or [])
    person.groups.add(Group.objects.get(name=Role.LEARNER))
    return person


@transaction.atomic
def people_create(people: list[dict]) -> list[User]:
    """person_create for many at once, without passwords (a coordinator enrolled them): a few
    queries in all, not a few per person. The caller has checked each profile (courses.cohort
    does, row by row); the database's unique email still refuses a duplicate."""
    users = []
    for fields in people:
        fields = {name: value for name, value in fields.items() if name != "target_groups"}
        user = User(**fields)
        user.set_unusable_password()  # random text, no hashing
        users.append(user)
    User.objects.bulk_create(users)
    User.target_groups.through.objects.bulk_create(
        User.target_groups.through(user_id=user.pk, targetgroup_id=group.pk)
        for user, fields in zip(users, people, strict=True)
        for group in fields.get("target_groups", [])
    )
    learners = Group.objects.get(name=Role.LEARNER)
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=learners.pk) for user in users
    )
    return users


@transaction.atomic
def person_sign_up(*, password: str, **fields) -> User:
    """A person signs herself up: her account, and her consent to the data notice."""
    person = person_create(password=password, **fields)
    Consent.objects.create(user=person, notice_version=settings.DATA_NOTICE_VERSION)
    return person


def consent_due(person: User) -> bool:
    """She has not agreed to the current data notice (it changed since she did, or she never
    did: a coordinator enrolled her)."""
    return (
        person.is_authenticated
        and not person.consents.filter(notice_version=settings.DATA_NOTICE_VERSION).exists()
    )


@transaction.atomic
def consent_record(*, person: User) -> Consent:
    """She agrees to the current data notice; agreeing again changes nothing."""
    consent, _ = Consent.objects.get_or_create(
        user=person, notice_version=settings.DATA_NOTICE_VERSION
    )
    return consent


@transaction.atomic
def person_update_profile(
    *, person: User, target_groups: list[TargetGroup] | None = None, **profile
) -> User:
    for field, value in profile.items():
        setattr(person, field, value)
    person.full_clean(exclude=["password"])
    person.save()
    if target_groups is not None:
        person.target_groups.set(target_groups)
    return person


def person_remember_language(*, person: User, language: str) -> None:
    if person.is_authenticated and person.preferred_language != language:
        person.preferred_language = language
        person.save(update_fields=["preferred_language"])


@transaction.atomic
def person_delete(*, person: User) -> None:
    """Delete the account, its profile, memberships, consents and everything recorded of her work.
    Her certificates stay verifiable under the name they were issued to, and keep no more than
    verification shows: `certificates` erases the rest on the account's pre_delete signal, so
    that every way of deleting an account (the user admin's too) does it."""
    person.delete()
