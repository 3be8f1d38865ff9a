"""Membership of a sensitive target group is seen by coordinators and administrators only."""

import pytest

from people.selectors import target_groups_visible_to
from tests.factories import UserFactory


@pytest.fixture
def survivor(db, survivors, youth):
    return UserFactory(full_name="Бермет Ырысбекова", target_groups=[survivors, youth])


def page_of(person):
    return f"/ru/people/{person.pk}/"


def test_anonymous_is_sent_to_sign_in(client_for, survivor):
    response = client_for().get(page_of(survivor))
    assert response.status_code == 302
    assert response["Location"].startswith("/ru/account/sign-in/")


@pytest.mark.parametrize("viewer", ["other_learner", "trainer"])
def test_learners_and_trainers_cannot_open_a_persons_page(request, client_for, survivor, viewer):
    response = client_for(request.getfixturevalue(viewer)).get(page_of(survivor))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Бермет Ырысбекова" not in html
    assert "Пострадавшие" not in html


@pytest.mark.parametrize("viewer", ["coordinator", "administrator"])
def test_coordinators_and_administrators_see_every_group(request, client_for, survivor, viewer):
    response = client_for(request.getfixturevalue(viewer)).get(page_of(survivor))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Бермет Ырысбекова" in html
    assert "Пострадавшие от торговли людьми, дискриминации и насилия" in html
    assert "Молодёжь" in html


def test_selector_hides_sensitive_groups_from_trainer_and_other_learner(
    survivor, survivors, youth, trainer, other_learner, coordinator
):
    assert list(target_groups_visible_to(viewer=trainer, person=survivor)) == [youth]
    assert list(target_groups_visible_to(viewer=other_learner, person=survivor)) == [youth]
    assert set(target_groups_visible_to(viewer=coordinator, person=survivor)) == {survivors, youth}
    assert set(target_groups_visible_to(viewer=survivor, person=survivor)) == {survivors, youth}


def test_a_person_sees_her_own_sensitive_group_in_her_profile(client_for, survivor, survivors):
    html = client_for(survivor).get("/ky/account/").content.decode()
    assert f'value="{survivors.pk}"' in html
    assert f'value="{survivors.pk}" id="id_target_groups_' in html
    assert "checked" in html.split(f'value="{survivors.pk}"')[1].split(">")[0]


def test_public_pages_never_show_target_groups(client, survivor, survivors):
    for url in ["/ky/", "/ru/", "/en/", "/ky/account/sign-in/", "/ky/data-notice/"]:
        assert survivors.name_ky not in client.get(url).content.decode()
