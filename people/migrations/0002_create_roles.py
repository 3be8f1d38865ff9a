"""The four roles as groups, with their Wagtail and model permissions.

Permissions are made here rather than left to post_migrate, so that the groups are complete on a
fresh database. Wagtail's own starter groups (Editors, Moderators) are replaced by these."""

from django.db import migrations

from people.grants import create_all_permissions

PAGE = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
MEDIA = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
TRAINER = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "people.view_targetgroup",
]
COORDINATOR = TRAINER + [
    "people.add_user",
    "people.change_user",
    "people.view_user",
    "people.add_targetgroup",
    "people.change_targetgroup",
]


def _permission(Permission, dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    create_all_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    def media_permissions(group):
        for app_label, codenames in MEDIA.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(Permission, f"{app_label}.{codename}"),
                )

    Group.objects.get_or_create(name="Learner")

    trainer, _ = Group.objects.get_or_create(name="Trainer")
    trainer.permissions.set([_permission(Permission, name) for name in TRAINER])
    media_permissions(trainer)
    # Trainers get page permissions section by section (the curricula give them), never site-wide.

    coordinator, _ = Group.objects.get_or_create(name="Coordinator")
    coordinator.permissions.set([_permission(Permission, name) for name in COORDINATOR])
    media_permissions(coordinator)
    for codename in ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]:
        GroupPagePermission.objects.get_or_create(
            group=coordinator,
            page=root_page,
            permission=_permission(Permission, f"wagtailcore.{codename}"),
        )

    administrator, _ = Group.objects.get_or_create(name="Administrator")
    administrator.permissions.set(Permission.objects.all())
    media_permissions(administrator)
    for codename in PAGE:
        GroupPagePermission.objects.get_or_create(
            group=administrator,
            page=root_page,
            permission=_permission(Permission, f"wagtailcore.{codename}"),
        )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Learner", "Trainer", "Coordinator", "Administrator"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
