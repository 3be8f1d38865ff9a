"""Giving a role's group the permissions of an app's new models, from that app's migrations.
Permissions are made on the spot, so that the groups are complete on a fresh database (Django
would only make them after every migration has run)."""

from django.contrib.auth.management import create_permissions


def create_all_permissions(apps) -> None:
    """Make the permissions of every model known to the migration state, now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, grants: dict[str, list[str]]) -> None:
    """`grants`: group name → permissions as "app_label.codename"."""
    create_all_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, dotted in grants.items():
        group = Group.objects.get(name=name)
        for permission in dotted:
            app_label, codename = permission.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
