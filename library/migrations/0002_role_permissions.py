"""Coordinators and administrators set the library's topics in the admin. Resources are kept on
the site, by the library's own rules, and moderated in the community's queue."""

from django.db import migrations

from people.grants import grant

TOPIC = [f"library.{action}_topic" for action in ("add", "change", "view", "delete")]


def grant_roles(apps, schema_editor):
    grant(apps, {"Coordinator": TOPIC, "Administrator": TOPIC})


class Migration(migrations.Migration):
    dependencies = [
        ("library", "0001_initial"),
        ("people", "0004_moderator_role"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
