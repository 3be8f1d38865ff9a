"""The Wagtail admin screens for people and target groups, as coordinators use them."""

import pytest

from people.models import TargetGroup
from tests.factories import UserFactory


@pytest.fixture
def admin_client(client_for, coordinator):
    return client_for(coordinator)


def test_coordinator_edits_a_persons_profile_in_the_admin(admin_client, survivors, youth):
    person = UserFactory(full_name="Нурлан Үсөнов", target_groups=[youth])
    page = admin_client.get(f"/admin/users/edit/{person.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Нурлан Үсөнов" in html and 'name="first_name"' not in html

    response = admin_client.post(
        f"/admin/users/edit/{person.pk}/",
        {
            "email": person.email,
            "full_name": "Нурлан Үсөнов",
            "gender": "man",
            "region": "osh_city",
            "settlement_type": "urban",
            "preferred_language": "ky",
            "target_groups": [youth.pk, survivors.pk],
            "is_active": "on",
            "groups": [person.groups.get().pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    person.refresh_from_db()
    assert person.region == "osh_city"
    assert set(person.target_groups.all()) == {youth, survivors}


def test_target_group_list_and_edit(admin_client):
    listing = admin_client.get("/admin/snippets/people/targetgroup/")
    assert listing.status_code == 200
    group = TargetGroup.objects.get(slug="survivors")
    response = admin_client.post(
        f"/admin/snippets/people/targetgroup/edit/{group.pk}/",
        {
            "name_ky": group.name_ky,
            "name_ru": group.name_ru,
            "name_en": "Survivors of violence",
            "slug": group.slug,
            "is_sensitive": "on",
            "sort_order": 60,
        },
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.name_en == "Survivors of violence" and group.is_sensitive


def test_trainer_sees_target_groups_but_cannot_change_them(client_for, trainer):
    client = client_for(trainer)
    group = TargetGroup.objects.get(slug="youth")
    assert client.get("/admin/snippets/people/targetgroup/").status_code == 200
    response = client.post(
        f"/admin/snippets/people/targetgroup/edit/{group.pk}/",
        {"name_ky": "x", "name_ru": "x", "name_en": "x", "slug": "youth", "sort_order": 1},
    )
    assert response.status_code in (302, 403)
    group.refresh_from_db()
    assert group.name_ky == "Жаштар"
