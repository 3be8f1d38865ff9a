"""Guessing passwords, flooding an inbox with reset emails, creating accounts by the hundred:
each is refused past its limit (people.limits), with a message in the person's language."""

import pytest
from django.core import mail

from people import limits
from people.models import User
from people.roles import Role
from tests.factories import PASSWORD, UserFactory
from tests.helpers import translated
from tests.people.test_sign_up import valid_form

TOO_MANY = "Too many attempts. Wait %(minutes)s minutes and try again."


def too_many(limit, language="ky") -> str:
    return translated(TOO_MANY, language) % {"minutes": limit.window_seconds // 60}


@pytest.fixture
def aigul(db):
    return UserFactory(email="aigul@example.kg", role=Role.LEARNER)


def sign_in(client, email, password, **headers):
    return client.post("/ky/account/sign-in/", {"username": email, "password": password}, **headers)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_forty_wrong_passwords_then_the_right_one_is_refused(client, aigul):
    for _ in range(40):
        assert sign_in(client, aigul.email, "wrong-guess").status_code == 200

    page = sign_in(client, aigul.email, PASSWORD)

    assert page.status_code == 200
    assert not signed_in(client)
    assert too_many(limits.SIGN_IN_FAILURES_PER_ACCOUNT) in page.text


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_refusal_says_so_in_her_language_from_the_last_allowed_failure(client, aigul, language):
    for _ in range(limits.SIGN_IN_FAILURES_PER_ACCOUNT.count - 1):
        client.post(f"/{language}/account/sign-in/", {"username": aigul.email, "password": "x"})
    page = client.post(f"/{language}/account/sign-in/", {"username": aigul.email, "password": "x"})
    assert too_many(limits.SIGN_IN_FAILURES_PER_ACCOUNT, language) in page.text


def test_guesses_from_many_addresses_still_count_for_the_account(client, aigul):
    """Also whatever case or look-alike form of the address she is guessed under."""
    for number in range(limits.SIGN_IN_FAILURES_PER_ACCOUNT.count):
        sign_in(client, "AIGUL@example.kg", "wrong", REMOTE_ADDR=f"203.0.113.{number}")

    sign_in(client, aigul.email, PASSWORD, REMOTE_ADDR="198.51.100.1")
    assert not signed_in(client)


def test_one_address_trying_many_accounts_is_refused(client, aigul, settings):
    for number in range(limits.SIGN_IN_FAILURES_PER_ADDRESS.count):
        sign_in(client, f"person{number}@example.kg", "wrong")

    page = sign_in(client, aigul.email, PASSWORD)
    assert not signed_in(client)
    assert too_many(limits.SIGN_IN_FAILURES_PER_ADDRESS) in page.text
    # Another address is not refused.
    sign_in(client, aigul.email, PASSWORD, REMOTE_ADDR="198.51.100.1")
    assert signed_in(client)


def test_her_own_typos_are_forgotten_once_she_signs_in(client, aigul):
    for _ in range(2):
        for _ in range(limits.SIGN_IN_FAILURES_PER_ACCOUNT.count - 1):
            sign_in(client, aigul.email, "typo")
        sign_in(client, aigul.email, PASSWORD)
        assert signed_in(client)
        client.logout()


def test_the_admin_sign_in_is_limited_too(client, db):
    staff = UserFactory(email="trainer@example.kg", role=Role.TRAINER)
    for _ in range(40):
        refused = client.post("/admin/login/", {"username": staff.email, "password": "wrong"})
        assert refused.status_code == 200

    page = client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})

    assert page.status_code == 200
    assert not signed_in(client)
    assert too_many(limits.SIGN_IN_FAILURES_PER_ACCOUNT) in page.text


def test_five_resets_in_a_row_send_at_most_the_limit(
    client, aigul, django_capture_on_commit_callbacks
):
    pages = []
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            pages.append(client.post("/ky/account/password-reset/", {"email": aigul.email}))

    assert len(mail.outbox) == limits.RESET_EMAILS_PER_ACCOUNT.count < 5
    assert [page.status_code for page in pages[-2:]] == [200, 200]
    assert too_many(limits.RESET_EMAILS_PER_ACCOUNT) in pages[-1].text


def test_resets_for_an_unknown_address_are_refused_alike(client, db):
    """Else the refusal would tell which addresses have an account."""
    for _ in range(limits.RESET_EMAILS_PER_ACCOUNT.count):
        assert client.post("/ky/account/password-reset/", {"email": "no@one.kg"}).status_code == 302
    page = client.post("/ky/account/password-reset/", {"email": "no@one.kg"})
    assert too_many(limits.RESET_EMAILS_PER_ACCOUNT) in page.text


def test_one_address_asking_resets_for_many_people_is_refused(
    client, aigul, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(limits.RESET_EMAILS_PER_ADDRESS.count):
            client.post("/ky/account/password-reset/", {"email": f"person{number}@example.kg"})
        page = client.post("/ky/account/password-reset/", {"email": aigul.email})

    assert mail.outbox == []
    assert too_many(limits.RESET_EMAILS_PER_ADDRESS) in page.text


def test_the_admin_has_no_reset_of_its_own_to_go_around_the_limit(client, db):
    assert client.get("/admin/password_reset/", follow=True).status_code == 404


def test_a_sign_up_flood_from_one_address_is_refused(client, db):
    for number in range(limits.SIGN_UPS_PER_ADDRESS.count):
        created = client.post("/ky/account/sign-up/", valid_form(email=f"new{number}@example.kg"))
        assert created.status_code == 302
        client.logout()

    page = client.post("/ky/account/sign-up/", valid_form(email="one-more@example.kg"))

    assert page.status_code == 429
    assert too_many(limits.SIGN_UPS_PER_ADDRESS) in page.text
    assert User.objects.count() == limits.SIGN_UPS_PER_ADDRESS.count
    # What she typed is still in the form.
    assert "one-more@example.kg" in page.text
