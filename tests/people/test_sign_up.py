import pytest
from django.conf import settings
from django.utils import timezone, translation

from people.models import Consent, User
from people.roles import Role
from tests.helpers import translated as ky

URL = "/ky/account/sign-up/"


def valid_form(**changes):
    data = {
        "email": "Aigul.Omurova@Example.KG",
        "full_name": "Айгүл Өмүрова",
        "latin_name": "Aigul Omurova",
        "gender": "woman",
        "birth_year": "1994",
        "region": "naryn",
        "country": "",
        "settlement_type": "rural",
        "organisation": "Ат-Башы айыл өкмөтү",
        "preferred_language": "ky",
        "password1": "Көк-Жайлоо-2026!",
        "password2": "Көк-Жайлоо-2026!",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.django_db
def test_sign_up_creates_a_learner_with_profile_and_consent(client, youth, survivors):
    response = client.post(
        URL, valid_form(full_name="  Айгүл   Өмүрова ", target_groups=[youth.pk, survivors.pk])
    )

    assert response.status_code == 302
    person = User.objects.get()
    assert person.email == "aigul.omurova@example.kg"
    assert person.full_name == "Айгүл Өмүрова"
    assert person.region == "naryn" and person.settlement_type == "rural"
    assert set(person.target_groups.all()) == {youth, survivors}
    assert list(person.groups.values_list("name", flat=True)) == [Role.LEARNER]
    consent = Consent.objects.get(user=person)
    assert consent.notice_version == settings.DATA_NOTICE_VERSION
    assert abs((timezone.now() - consent.agreed_at).total_seconds()) < 60
    # She is signed in.
    assert client.get("/ky/account/").status_code == 200


@pytest.mark.django_db
def test_abroad_needs_a_country_and_keeps_it(client):
    response = client.post(URL, valid_form(region="abroad"))
    assert ky("Choose the country you live in.") in response.content.decode()
    assert not User.objects.exists()

    client.post(URL, valid_form(region="abroad", country="PL"))
    person = User.objects.get()
    assert (person.region, person.country) == ("abroad", "PL")
    with translation.override("ky"):
        assert person.country_name == "Польша"


@pytest.mark.django_db
def test_country_is_dropped_when_not_abroad(client):
    client.post(URL, valid_form(region="talas", country="PL"))
    assert User.objects.get().country == ""


BAD_INPUT = [
    pytest.param({"email": "not-an-email"}, "email", "Enter a valid email address.", id="email"),
    pytest.param(
        {"password1": "12345678", "password2": "12345678"},
        "password1",
        "This password is entirely numeric.",
        id="weak-password",
    ),
    pytest.param(
        {"password2": "something-else-2026"},
        "password2",
        "The two passwords do not match.",
        id="passwords-differ",
    ),
    pytest.param(
        {"consent": None},
        "consent",
        "You can only sign up if you agree to the data notice.",
        id="no-consent",
    ),
    pytest.param(
        {"birth_year": str(timezone.now().year + 1)},
        "birth_year",
        "The birth year cannot be in the future.",
        id="future-birth-year",
    ),
    pytest.param(
        {"region": "atlantis"},
        "region",
        "Select a valid choice. %(value)s is not one of the available choices.",
        id="unknown-region",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "field", "message"), BAD_INPUT)
def test_bad_input_is_refused_in_kyrgyz_next_to_the_field_and_stores_nothing(
    client, changes, field, message
):
    response = client.post(URL, valid_form(**changes))

    assert response.status_code == 200
    form = response.context["form"]
    expected = ky(message) % {"value": changes.get(field)}
    assert expected in form.errors[field]
    html = response.content.decode()
    assert expected in html
    # The error stands with its field, which is marked invalid for screen readers.
    assert f'id="id_{field}_error"' in html
    assert User.objects.count() == 0
    assert Consent.objects.count() == 0
    # The rest of the form is kept.
    if field != "full_name":
        assert 'value="Айгүл Өмүрова"' in html
    if field != "organisation":
        assert "Ат-Башы айыл өкмөтү" in html


@pytest.mark.django_db
def test_existing_email_in_other_case_is_refused(client, learner):
    response = client.post(URL, valid_form(email=learner.email.upper()))
    assert response.context["form"].errors["email"] == [
        ky("An account with this email already exists. Sign in or reset your password.")
    ]
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_errors_follow_the_page_language(client):
    response = client.post("/ru/account/sign-up/", valid_form(consent=None))
    expected = ky("You can only sign up if you agree to the data notice.", "ru")
    assert response.context["form"].errors["consent"] == [expected]
    assert expected in response.content.decode()
