"""What each role may do, seen from the outside: which admin pages open, which actions pass."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from people.roles import Role
from tests.factories import UserFactory


def test_the_four_roles_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) == {r.value for r in Role}


@pytest.mark.parametrize(
    ("role", "admin", "users", "target_groups"),
    [
        (Role.LEARNER, False, False, False),
        (Role.TRAINER, True, False, True),
        (Role.COORDINATOR, True, True, True),
        (Role.ADMINISTRATOR, True, True, True),
    ],
)
def test_admin_areas_open_by_role(db, client_for, role, admin, users, target_groups):
    client = client_for(UserFactory(role=role))

    dashboard = client.get("/admin/")
    assert (dashboard.status_code == 200) is admin
    if not admin:
        assert dashboard.status_code == 302 and "/admin/login/" in dashboard["Location"]
        return
    assert (client.get("/admin/users/").status_code == 200) is users
    assert (client.get("/admin/snippets/people/targetgroup/").status_code == 200) is target_groups


@pytest.mark.parametrize(
    ("role", "can_edit_home", "can_publish", "can_edit_groups", "can_manage_roles"),
    [
        (Role.LEARNER, False, False, False, False),
        (Role.TRAINER, False, False, False, False),
        (Role.COORDINATOR, True, True, True, False),
        (Role.ADMINISTRATOR, True, True, True, True),
    ],
)
def test_model_and_page_permissions_by_role(
    db, role, can_edit_home, can_publish, can_edit_groups, can_manage_roles
):
    person = UserFactory(role=role)
    home = Page.objects.get(depth=2)
    permissions = home.permissions_for_user(person)

    assert permissions.can_edit() is can_edit_home
    assert permissions.can_publish() is can_publish
    assert person.has_perm("people.change_targetgroup") is can_edit_groups
    assert person.has_perm("auth.change_group") is can_manage_roles
    # Only administrators may change who is an administrator.
    assert person.has_perm("people.delete_user") is can_manage_roles


def test_trainer_may_upload_images_and_submit_translations(db):
    trainer = UserFactory(role=Role.TRAINER)
    assert trainer.has_perm("wagtailadmin.access_admin")
    assert trainer.has_perm("wagtail_localize.submit_translation")
    assert not trainer.has_perm("people.view_user")


def test_a_trainer_cannot_open_a_persons_admin_page(db, client_for, survivors):
    trainer = UserFactory(role=Role.TRAINER)
    person = UserFactory(target_groups=[survivors])
    response = client_for(trainer).get(f"/admin/users/edit/{person.pk}/")
    assert response.status_code in (302, 403)
    assert survivors.name_en not in response.content.decode()
