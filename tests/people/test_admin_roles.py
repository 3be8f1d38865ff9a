"""Role escalation through Wagtail's user admin (issue 12.2): only administrators grant the
Coordinator or Administrator role or superuser status, and nobody edits, resets, deactivates or
deletes an account that holds a higher role than her own. Every request goes through the real
admin views."""

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from people.models import User
from people.roles import Role
from tests.factories import PASSWORD, UserFactory
from tests.helpers import translated

NEW_PASSWORD = "Жаңы-сырсөз-2026!"


def group(role):
    return Group.objects.get(name=role)


def profile(person, **changes):
    """What the admin's edit form posts for `person` when nothing is changed."""
    data = {
        "email": person.email,
        "full_name": person.full_name,
        "gender": person.gender,
        "region": person.region,
        "settlement_type": person.settlement_type,
        "preferred_language": person.preferred_language or "ky",
        "groups": [g.pk for g in person.groups.all()],
    }
    if person.is_active:
        data["is_active"] = "on"
    if person.is_superuser:
        data["is_superuser"] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def new_person(**changes):
    data = {
        "email": "new@example.kg",
        "full_name": "Жаңы Адам",
        "gender": "woman",
        "region": "naryn",
        "settlement_type": "rural",
        "preferred_language": "ky",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "groups": [group(Role.LEARNER).pk],
    }
    data.update(changes)
    return data


def superuser_only():
    """A superuser who holds no role group (the one `createsuperuser` makes)."""
    person = UserFactory()
    person.groups.clear()
    person.is_superuser = person.is_staff = True
    person.save()
    return person


def administrator_by_role():
    """Role Administrator, not a superuser."""
    person = UserFactory(role=Role.ADMINISTRATOR)
    person.is_superuser = False
    person.save()
    return person


TARGETS = {
    "learner": lambda: UserFactory(role=Role.LEARNER),
    "trainer": lambda: UserFactory(role=Role.TRAINER),
    "coordinator": lambda: UserFactory(role=Role.COORDINATOR),
    "administrator": administrator_by_role,
    "superuser": superuser_only,
}
HIGHER = ["administrator", "superuser"]
NOT_HIGHER = ["learner", "trainer", "coordinator"]


@pytest.fixture
def as_coordinator(client_for, coordinator):
    return client_for(coordinator)


# Creating an account


def test_coordinator_cannot_create_a_superuser(as_coordinator):
    response = as_coordinator.post("/admin/users/new/", new_person(is_superuser="on"))
    assert response.status_code == 200
    assert "is_superuser" in response.context["form"].errors
    assert not User.objects.filter(email="new@example.kg").exists()


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_coordinator_cannot_create_a_coordinator_or_administrator(as_coordinator, role):
    response = as_coordinator.post("/admin/users/new/", new_person(groups=[group(role).pk]))
    assert response.status_code == 200
    assert "groups" in response.context["form"].errors
    assert not User.objects.filter(email="new@example.kg").exists()


def test_the_attack_as_reported_is_refused(as_coordinator):
    response = as_coordinator.post(
        "/admin/users/new/",
        new_person(is_superuser="on", groups=[group(Role.ADMINISTRATOR).pk]),
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="new@example.kg").exists()


def test_refusal_is_in_the_admin_users_language(client_for, coordinator):
    profile_ = UserProfile.get_for_user(coordinator)
    profile_.preferred_language = "ru"
    profile_.save()
    response = client_for(coordinator).post(
        "/admin/users/new/", new_person(groups=[group(Role.ADMINISTRATOR).pk])
    )
    assert "Только администратор" in response.content.decode()


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER])
def test_coordinator_creates_learners_and_trainers(as_coordinator, role):
    response = as_coordinator.post("/admin/users/new/", new_person(groups=[group(role).pk]))
    assert response.status_code == 302, response.context["form"].errors
    person = User.objects.get(email="new@example.kg")
    assert list(person.groups.values_list("name", flat=True)) == [role]
    assert not person.is_superuser


# Editing an account


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_coordinator_cannot_promote_a_learner(as_coordinator, role):
    person = UserFactory(role=Role.LEARNER)
    response = as_coordinator.post(
        f"/admin/users/edit/{person.pk}/", profile(person, groups=[group(role).pk])
    )
    assert response.status_code == 200
    assert "groups" in response.context["form"].errors
    assert list(person.groups.values_list("name", flat=True)) == [Role.LEARNER]


def test_coordinator_cannot_make_a_learner_superuser(as_coordinator):
    person = UserFactory(role=Role.LEARNER)
    response = as_coordinator.post(
        f"/admin/users/edit/{person.pk}/", profile(person, is_superuser="on")
    )
    assert response.status_code == 200
    assert "is_superuser" in response.context["form"].errors
    person.refresh_from_db()
    assert not person.is_superuser


def test_coordinator_cannot_promote_herself(as_coordinator, coordinator):
    response = as_coordinator.post(
        f"/admin/users/edit/{coordinator.pk}/",
        profile(
            coordinator,
            groups=[group(Role.COORDINATOR).pk, group(Role.ADMINISTRATOR).pk],
            is_superuser="on",
        ),
    )
    assert response.status_code == 200
    coordinator.refresh_from_db()
    assert not coordinator.is_superuser
    assert list(coordinator.groups.values_list("name", flat=True)) == [Role.COORDINATOR]


def test_coordinator_cannot_demote_another_coordinator(as_coordinator):
    person = UserFactory(role=Role.COORDINATOR)
    response = as_coordinator.post(
        f"/admin/users/edit/{person.pk}/", profile(person, groups=[group(Role.LEARNER).pk])
    )
    assert response.status_code == 200
    assert list(person.groups.values_list("name", flat=True)) == [Role.COORDINATOR]


@pytest.mark.parametrize("target", NOT_HIGHER)
def test_coordinator_edits_and_resets_accounts_not_above_her(as_coordinator, target):
    person = TARGETS[target]()
    assert as_coordinator.get(f"/admin/users/edit/{person.pk}/").status_code == 200
    response = as_coordinator.post(
        f"/admin/users/edit/{person.pk}/",
        profile(person, full_name="Өзгөргөн Ат", password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 302, response.context["form"].errors
    person.refresh_from_db()
    assert person.full_name == "Өзгөргөн Ат" and person.check_password(NEW_PASSWORD)


@pytest.mark.parametrize("target", HIGHER)
def test_coordinator_cannot_open_a_higher_account(as_coordinator, target):
    person = TARGETS[target]()
    response = as_coordinator.get(f"/admin/users/edit/{person.pk}/", follow=True)
    # Wagtail's refusal: back to the dashboard with its message, nothing of the account shown.
    assert response.redirect_chain == [("/admin/", 302)]
    html = response.content.decode()
    assert translated("Sorry, you do not have permission to access this area.") in html
    assert person.email not in html


def test_the_listing_links_only_accounts_she_may_change(as_coordinator, administrator):
    learner = UserFactory(role=Role.LEARNER)
    html = as_coordinator.get("/admin/users/").content.decode()
    assert f"/admin/users/edit/{learner.pk}/" in html
    assert administrator.email in html
    assert f"/admin/users/edit/{administrator.pk}/" not in html


@pytest.mark.parametrize("target", HIGHER)
def test_coordinator_cannot_reset_a_higher_accounts_password(as_coordinator, target):
    person = TARGETS[target]()
    response = as_coordinator.post(
        f"/admin/users/edit/{person.pk}/",
        profile(person, password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code in (302, 403)
    person.refresh_from_db()
    assert person.check_password(PASSWORD) and not person.check_password(NEW_PASSWORD)


@pytest.mark.parametrize("target", HIGHER)
def test_coordinator_cannot_deactivate_a_higher_account_by_editing(as_coordinator, target):
    person = TARGETS[target]()
    response = as_coordinator.post(
        f"/admin/users/edit/{person.pk}/", profile(person, is_active=None, full_name="X")
    )
    assert response.status_code in (302, 403)
    person.refresh_from_db()
    assert person.is_active and person.full_name != "X"


# Bulk actions from the user listing


def bulk(client, action, people, data):
    query = "&".join(f"id={p.pk}" for p in people)
    return client.post(f"/admin/bulk/people/user/{action}/?next=/admin/users/&{query}", data)


@pytest.mark.parametrize("target", HIGHER)
def test_coordinator_cannot_deactivate_a_higher_account_in_bulk(as_coordinator, target):
    person = TARGETS[target]()
    bulk(as_coordinator, "set_active_state", [person], {"mark_as_active": "False"})
    person.refresh_from_db()
    assert person.is_active


@pytest.mark.parametrize("target", NOT_HIGHER)
def test_coordinator_deactivates_accounts_not_above_her_in_bulk(as_coordinator, target):
    person = TARGETS[target]()
    bulk(as_coordinator, "set_active_state", [person], {"mark_as_active": "False"})
    person.refresh_from_db()
    assert not person.is_active


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_coordinator_cannot_assign_a_high_role_in_bulk(as_coordinator, coordinator, role):
    person = UserFactory(role=Role.LEARNER)
    bulk(as_coordinator, "assign_role", [person, coordinator], {"role": group(role).pk})
    assert list(person.groups.values_list("name", flat=True)) == [Role.LEARNER]
    assert list(coordinator.groups.values_list("name", flat=True)) == [Role.COORDINATOR]


@pytest.mark.parametrize("target", HIGHER)
def test_coordinator_cannot_assign_a_role_to_a_higher_account(as_coordinator, target):
    person = TARGETS[target]()
    before = set(person.groups.values_list("name", flat=True))
    bulk(as_coordinator, "assign_role", [person], {"role": group(Role.LEARNER).pk})
    assert set(person.groups.values_list("name", flat=True)) == before


def test_coordinator_assigns_the_trainer_role_in_bulk(as_coordinator):
    person = UserFactory(role=Role.LEARNER)
    bulk(as_coordinator, "assign_role", [person], {"role": group(Role.TRAINER).pk})
    assert set(person.groups.values_list("name", flat=True)) == {Role.LEARNER, Role.TRAINER}


# Deleting an account


@pytest.mark.parametrize("target", HIGHER)
def test_coordinator_cannot_delete_a_higher_account(as_coordinator, target):
    person = TARGETS[target]()
    as_coordinator.post(f"/admin/users/delete/{person.pk}/")
    bulk(as_coordinator, "delete", [person], {})
    assert User.objects.filter(pk=person.pk).exists()


# The administrator may do all of it


@pytest.fixture(params=["superuser", "role"])
def as_administrator(request, client_for, administrator):
    return client_for(administrator if request.param == "superuser" else administrator_by_role())


def test_administrator_creates_a_superuser_administrator(as_administrator):
    response = as_administrator.post(
        "/admin/users/new/",
        new_person(is_superuser="on", groups=[group(Role.ADMINISTRATOR).pk]),
    )
    assert response.status_code == 302, response.context["form"].errors
    person = User.objects.get(email="new@example.kg")
    assert person.is_superuser and person.groups.get().name == Role.ADMINISTRATOR


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.ADMINISTRATOR])
def test_administrator_promotes_and_demotes(as_administrator, role):
    person = UserFactory(role=Role.LEARNER)
    response = as_administrator.post(
        f"/admin/users/edit/{person.pk}/", profile(person, groups=[group(role).pk])
    )
    assert response.status_code == 302, response.context["form"].errors
    assert person.groups.get().name == role
    response = as_administrator.post(
        f"/admin/users/edit/{person.pk}/", profile(person, groups=[group(Role.LEARNER).pk])
    )
    assert response.status_code == 302, response.context["form"].errors
    assert person.groups.get().name == Role.LEARNER


@pytest.mark.parametrize("target", [*NOT_HIGHER, *HIGHER])
def test_administrator_resets_and_deactivates_anyone(as_administrator, target):
    person = TARGETS[target]()
    response = as_administrator.post(
        f"/admin/users/edit/{person.pk}/",
        profile(person, is_active=None, password1=NEW_PASSWORD, password2=NEW_PASSWORD),
    )
    assert response.status_code == 302, response.context["form"].errors
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD) and not person.is_active


def test_administrator_bulk_assigns_the_administrator_role(as_administrator):
    person = UserFactory(role=Role.LEARNER)
    bulk(as_administrator, "assign_role", [person], {"role": group(Role.ADMINISTRATOR).pk})
    assert Role.ADMINISTRATOR in set(person.groups.values_list("name", flat=True))


def test_superuser_administrator_deletes_a_higher_account(client_for, administrator):
    person = administrator_by_role()
    response = client_for(administrator).post(f"/admin/users/delete/{person.pk}/")
    assert response.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
