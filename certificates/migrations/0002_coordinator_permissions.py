"""Coordinators and administrators manage certificate templates in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = [
    "add_certificatetemplate",
    "change_certificatetemplate",
    "delete_certificatetemplate",
    "view_certificatetemplate",
    "view_certificate",
]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="certificates", codename__in=CODENAMES
    )
    for name in ["Coordinator", "Administrator"]:
        Group.objects.get(name=name).permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("people", "0002_create_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
