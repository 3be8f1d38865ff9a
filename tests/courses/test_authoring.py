"""Trainers write, coordinators approve; courses in several languages."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Workflow

from people.roles import Role
from tests.courses.conftest import build_course
from tests.factories import UserFactory
from tests.helpers import translated


@pytest.fixture
def trainer_section(catalogue):
    """The Trainer group may add and change pages in the catalogue (not publish)."""
    group = Group.objects.get(name=Role.TRAINER)
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=catalogue, permission=Permission.objects.get(codename=codename)
        )
    return catalogue


def test_trainer_edits_but_cannot_publish_and_a_coordinator_approves(trainer_section):
    trainer = UserFactory(role=Role.TRAINER)
    coordinator = UserFactory(role=Role.COORDINATOR)
    course = build_course(trainer_section, title="CEDAW")
    permissions = course.permissions_for_user(trainer)
    assert permissions.can_edit() and not permissions.can_publish()
    assert course.permissions_for_user(coordinator).can_publish()

    workflow = course.get_workflow()
    assert workflow == Workflow.objects.get(name="Coordinator approval", active=True)

    course.title = "CEDAW: жаңы аталыш"
    revision = course.save_revision(user=trainer)
    state = workflow.start(course, trainer)
    task = state.current_task_state.task.specific
    assert not [a for a in task.get_actions(course, trainer) if a[0] == "approve"]
    assert [a for a in task.get_actions(course, coordinator) if a[0] == "approve"]

    state.current_task_state.approve(user=coordinator)
    course.refresh_from_db()
    assert course.title == "CEDAW: жаңы аталыш"
    assert course.live_revision == revision


def test_course_page_lists_its_languages(client, catalogue):
    course = build_course(catalogue, modules=1, lessons=1)
    russian = course.copy_for_translation(
        Locale.objects.get_or_create(language_code="ru")[0], copy_parents=True
    )
    russian.save_revision().publish()
    html = client.get(course.url).content.decode()
    assert 'href="/ru/courses/' in html


def test_a_course_missing_in_her_language_offers_the_languages_it_has(client, catalogue):
    russian = Locale.objects.get_or_create(language_code="ru")[0]
    catalogue.get_parent().specific.copy_for_translation(russian).save_revision().publish()
    course = build_course(catalogue, modules=1, lessons=1)
    response = client.get(f"/ru/courses/{course.slug}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert (
        translated("This page is not available in this language yet. You can read it in:", "ru")
        in html
    )
    assert f'href="{course.url}"' in html


def test_an_unknown_address_is_a_plain_404(client, db):
    response = client.get("/ky/no-such-page/")
    assert response.status_code == 404
    assert translated("There is no page at this address.") in response.content.decode()
