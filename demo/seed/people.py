"""Demo people: one account per role and learners with realistic profiles (in
demo/content/accounts.yaml), a few of them with answers to the Washington Group questions."""

from django.contrib.auth.models import Group
from django.db import transaction

from demo import content
from people.models import TargetGroup, User
from people.roles import Role

CONTENT = content.load("accounts")
DEMO_PASSWORD = CONTENT["password"]
ACCOUNTS = CONTENT["accounts"]


@transaction.atomic
def seed_people() -> list[User]:
    groups_by_slug = TargetGroup.objects.in_bulk(field_name="slug")
    people = []
    for account in ACCOUNTS:
        fields = {
            key: value
            for key, value in account.items()
            if key not in ("role", "email", "groups", "functioning")
        }
        for domain, answer in account.get("functioning", {}).items():
            fields[f"wg_{domain}"] = answer
        fields.setdefault("country", "")
        fields.setdefault("preferred_language", "ky")
        role = account["role"]
        fields["is_superuser"] = fields["is_staff"] = role == Role.ADMINISTRATOR
        person, created = User.objects.get_or_create(email=account["email"], defaults=fields)
        if created:
            person.set_password(DEMO_PASSWORD)
            person.save(update_fields=["password"])
            person.target_groups.set([groups_by_slug[slug] for slug in account["groups"]])
            person.groups.set([Group.objects.get(name=role)])
        people.append(person)
    return people
