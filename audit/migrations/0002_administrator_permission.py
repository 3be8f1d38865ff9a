"""Administrators read the audit log; coordinators, whose exports it records, do not."""

from django.db import migrations

from people.grants import grant


def grant_roles(apps, schema_editor):
    grant(apps, {"Administrator": ["audit.view_auditentry"]})


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0001_initial"),
        ("people", "0002_create_roles"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
