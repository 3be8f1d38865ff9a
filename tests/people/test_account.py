import re

import pytest
from django.conf import settings
from django.core import mail

from people.models import Consent, User
from tests.factories import PASSWORD, UserFactory
from tests.helpers import translated


@pytest.fixture
def person(db, youth):
    person = UserFactory(email="aigul@example.kg", preferred_language="ru", target_groups=[youth])
    Consent.objects.create(user=person, notice_version="2026-11")
    return person


def profile_form(person, **changes):
    data = {
        "email": person.email,
        "full_name": person.full_name,
        "gender": person.gender,
        "region": person.region,
        "settlement_type": person.settlement_type,
        "preferred_language": person.preferred_language,
        "target_groups": [group.pk for group in person.target_groups.all()],
    }
    data.update(changes)
    return data


def test_sign_in_by_email_opens_her_language_and_remembers_it(client, person):
    response = client.post(
        "/ky/account/sign-in/", {"username": "AIGUL@example.kg", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ru/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"
    # A later visit to the bare address lands in Russian even without the cookie.
    client.cookies.pop(settings.LANGUAGE_COOKIE_NAME)
    assert client.get("/")["Location"] == "/ru/"


def test_sign_in_goes_to_next_but_never_off_site(client, person):
    form = {"username": person.email, "password": PASSWORD}
    assert client.post("/ky/account/sign-in/?next=/ky/account/", form)["Location"] == "/ky/account/"
    client.logout()
    evil = client.post("/ky/account/sign-in/?next=https://evil.example/", form)
    assert evil["Location"] == "/ru/"


def test_wrong_password_says_so_in_kyrgyz(client, person):
    response = client.post("/ky/account/sign-in/", {"username": person.email, "password": "x"})
    assert response.status_code == 200
    assert translated("The email or password is wrong. Check both and try again.") in (
        response.content.decode()
    )


def test_profile_edit_saves(client_for, person, survivors):
    client = client_for(person)
    response = client.post(
        "/ky/account/",
        profile_form(
            person,
            full_name="Айгүл Төлөгөнова",
            region="abroad",
            country="PL",
            target_groups=[survivors.pk],
            birth_year="1990",
        ),
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.full_name == "Айгүл Төлөгөнова"
    assert (person.region, person.country, person.birth_year) == ("abroad", "PL", 1990)
    assert list(person.target_groups.all()) == [survivors]


def test_profile_bad_input_keeps_what_was_stored(client_for, person, youth):
    client = client_for(person)
    response = client.post(
        "/ky/account/",
        profile_form(person, full_name="Жаңы Ат", birth_year="3000", target_groups=[]),
    )
    assert response.status_code == 200
    assert 'value="Жаңы Ат"' in response.content.decode()  # what she typed is kept on the page
    person.refresh_from_db()
    assert person.full_name != "Жаңы Ат" and person.birth_year is None
    assert list(person.target_groups.all()) == [youth]


def test_profile_email_cannot_take_someone_elses(client_for, person):
    other = UserFactory()
    client_for(person).post("/ky/account/", profile_form(person, email=other.email))
    person.refresh_from_db()
    assert person.email == "aigul@example.kg"


def test_profile_needs_sign_in(client):
    response = client.get("/ky/account/")
    assert response.status_code == 302 and response["Location"].startswith("/ky/account/sign-in/")


def test_delete_account_warns_and_needs_the_password(client_for, person):
    client = client_for(person)
    page = client.get("/ky/account/delete/").content.decode()
    assert "сертификат" in page.lower()  # the warning says certificates stay verifiable

    refused = client.post("/ky/account/delete/", {"password": "wrong"})
    assert refused.status_code == 200
    assert User.objects.filter(pk=person.pk).exists()

    done = client.post("/ky/account/delete/", {"password": PASSWORD})
    assert done.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
    assert not Consent.objects.filter(user_id=person.pk).exists()
    assert client.get("/ky/account/").status_code == 302  # signed out


def test_password_reset_email_is_in_the_page_language_and_works(
    client, person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ky/account/password-reset/", {"email": person.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [person.email]
    assert "Теңдик" in message.subject
    link = re.search(r"http://testserver(/ky/account/password-reset/\S+/)", message.body).group(1)

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    new_password = "Жаңы-сырсөз-Ысык-Көл-7"
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert done.status_code == 302
    person.refresh_from_db()
    assert person.check_password(new_password)


def test_password_reset_for_unknown_email_reveals_nothing(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ky/account/password-reset/", {"email": "nobody@example.kg"})
    assert response.status_code == 302
    assert mail.outbox == []
