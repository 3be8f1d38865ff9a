"""Trainers and coordinators may upload H5P packages; installing a library version that is not
yet in the store is for administrators only, since library code runs in learners' browsers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

AUTHORS = ["add_h5ppackage", "change_h5ppackage", "view_h5ppackage"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("h5p")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    h5p = Permission.objects.filter(content_type__app_label="h5p")
    for name in ["Trainer", "Coordinator"]:
        Group.objects.get(name=name).permissions.add(*h5p.filter(codename__in=AUTHORS))
    Group.objects.get(name="Administrator").permissions.add(*h5p)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    h5p = Permission.objects.filter(content_type__app_label="h5p")
    for group in Group.objects.filter(name__in=["Trainer", "Coordinator", "Administrator"]):
        group.permissions.remove(*h5p)


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0001_initial"),
        ("people", "0002_create_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
