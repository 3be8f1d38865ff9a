"""Coordinators and administrators set the community's discussion spaces in the admin."""

from django.db import migrations

from people.grants import grant

CODENAMES = ["add_space", "change_space", "delete_space", "view_space"]


def grant_roles(apps, schema_editor):
    permissions = [f"discussions.{codename}" for codename in CODENAMES]
    grant(apps, {"Coordinator": permissions, "Administrator": permissions})


class Migration(migrations.Migration):
    dependencies = [
        ("discussions", "0001_initial"),
        ("people", "0004_moderator_role"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
