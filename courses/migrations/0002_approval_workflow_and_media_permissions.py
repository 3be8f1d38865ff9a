"""Every page change by someone who may not publish goes to the coordinators for approval, and
trainers and coordinators may upload audio and video for lessons.

Wagtail's starter workflow ("Moderators approval") named a group that the roles migration
replaced; this puts the Coordinator group in its place."""

from django.db import migrations

from people.grants import create_all_permissions


def setup(apps, schema_editor):
    create_all_permissions(apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    coordinator = Group.objects.get(name="Coordinator")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Coordinator approval", defaults={"content_type": content_type, "active": True}
    )
    task.groups.set([coordinator])
    workflow, _ = Workflow.objects.get_or_create(name="Coordinator approval")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)

    # Administrators hold every permission, the new apps' included.
    Group.objects.get(name="Administrator").permissions.set(Permission.objects.all())

    root_collection = Collection.objects.get(depth=1)
    media = Permission.objects.filter(
        content_type__app_label="wagtailmedia", codename__in=["add_media", "change_media", "choose_media"]
    )
    for name in ["Trainer", "Coordinator", "Administrator"]:
        group = Group.objects.get(name=name)
        for permission in media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("people", "0003_seed_target_groups"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailmedia", "0005_alter_media_options"),
    ]

    operations = [migrations.RunPython(setup, migrations.RunPython.noop)]
