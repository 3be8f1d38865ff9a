"""The Moderator role (issue 16): works the community's moderation queue. No admin permission:
moderation happens on the community's own pages."""

from django.db import migrations


def create(apps, schema_editor):
    apps.get_model("auth", "Group").objects.get_or_create(name="Moderator")


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Moderator").delete()


class Migration(migrations.Migration):
    dependencies = [("people", "0003_seed_target_groups")]

    operations = [migrations.RunPython(create, remove)]
