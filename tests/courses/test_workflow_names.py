"""The approval workflow and its task read in the admin's language; the database keeps the one
name the code looks them up by."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import translation
from wagtail.models import GroupPagePermission, Task, Workflow

from people.roles import Role
from tests.courses.conftest import build_course


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("ky", "Координатордун бекитүүсү"),
        ("ru", "Одобрение координатора"),
        ("en", "Coordinator approval"),
    ],
)
def test_the_workflow_and_its_task_are_named_in_each_language(db, language, name):
    with translation.override(language):
        workflow = Workflow.objects.get(name="Coordinator approval")
        task = Task.objects.get(name="Coordinator approval").specific
        assert str(workflow.name) == name
        assert str(task.name) == name
        assert str(workflow) == name


def test_saving_the_workflow_in_kyrgyz_keeps_the_stored_name(db):
    with translation.override("ky"):
        workflow = Workflow.objects.get(name="Coordinator approval")
        assert workflow.name == "Координатордун бекитүүсү"
        workflow.save()  # as the edit form posts it back
    with translation.override("ru"):
        Workflow.objects.get(pk=workflow.pk).save()
    assert (
        Workflow.objects.filter(name="Coordinator approval").values_list("pk", flat=True).get()
        == workflow.pk
    )


def test_a_name_the_coordinator_types_is_kept_as_typed(db):
    workflow = Workflow.objects.get(name="Coordinator approval")
    workflow.name = "Экинчи текшерүү"
    workflow.save()
    workflow = Workflow.objects.get(pk=workflow.pk)
    with translation.override("ru"):
        assert workflow.name == "Экинчи текшерүү"


def test_a_trainer_submits_to_the_workflow_named_in_kyrgyz(client_for, trainer, catalogue):
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=Group.objects.get(name=Role.TRAINER),
            page=catalogue,
            permission=Permission.objects.get(codename=codename),
        )
    course = build_course(catalogue, modules=1, lessons=1)
    html = client_for(trainer).get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert "Координатордун бекитүүсү" in html
    assert "Coordinator approval" not in html
