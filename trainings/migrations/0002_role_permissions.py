"""Coordinators and administrators name the partners' and donors' projects in the admin.
Sessions, participants and practicums are kept on the site, by the trainings app's own rules."""

from django.db import migrations

from people.grants import grant

PROJECT = [f"trainings.{action}_project" for action in ("add", "change", "view", "delete")]


def grant_roles(apps, schema_editor):
    grant(apps, {"Coordinator": PROJECT, "Administrator": PROJECT})


class Migration(migrations.Migration):
    dependencies = [
        ("trainings", "0001_initial"),
        ("people", "0002_create_roles"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
