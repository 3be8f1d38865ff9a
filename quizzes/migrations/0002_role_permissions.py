"""Trainers write questions and quizzes; coordinators and administrators may also delete them."""

from django.db import migrations

from people.grants import grant

MODELS = ["quiz", "question", "questionbank"]
WRITE = [f"quizzes.{action}_{model}" for model in MODELS for action in ("add", "change", "view")]
DELETE = [f"quizzes.delete_{model}" for model in MODELS]


def grant_roles(apps, schema_editor):
    grant(
        apps,
        {"Trainer": WRITE, "Coordinator": WRITE + DELETE, "Administrator": WRITE + DELETE},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("people", "0002_create_roles"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
