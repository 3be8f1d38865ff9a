"""Coordinators and administrators manage certificate templates in the admin."""

from django.db import migrations

from people.grants import grant

CODENAMES = [
    "add_certificatetemplate",
    "change_certificatetemplate",
    "delete_certificatetemplate",
    "view_certificatetemplate",
    "view_certificate",
]


def grant_roles(apps, schema_editor):
    permissions = [f"certificates.{codename}" for codename in CODENAMES]
    grant(apps, {"Coordinator": permissions, "Administrator": permissions})


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("people", "0002_create_roles"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
