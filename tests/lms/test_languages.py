import pytest
from django.conf import settings
from wagtail.models import Page

from demo.seed.home import seed_home_pages
from tests.factories import UserFactory


def switcher_targets(response) -> dict[str, str]:
    """The language switcher's buttons: language → address it leads to."""
    html = response.content.decode()
    form = html.split('class="languages"')[1].split("</form>")[0]
    targets = {}
    for button in form.split("<button")[1:]:
        attrs = button.split(">")[0]
        value = attrs.split('value="')[1].split('"')[0]
        targets[attrs.split('lang="')[1].split('"')[0]] = value
    return targets


def test_languages_kyrgyz_first():
    assert [code for code, _ in settings.LANGUAGES] == ["ky", "ru", "en"]
    assert settings.LANGUAGE_CODE == "ky"


@pytest.mark.django_db
def test_bare_address_goes_to_kyrgyz_for_a_visitor(client):
    assert client.get("/")["Location"] == "/ky/"


@pytest.mark.django_db
def test_bare_address_follows_the_browser_language_before_kyrgyz(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9")["Location"] == "/ru/"


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_pages_declare_their_language(client, language):
    response = client.get(f"/{language}/account/sign-in/")
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.django_db
def test_switcher_keeps_the_same_page(client):
    targets = switcher_targets(client.get("/ky/account/sign-up/?next=/ky/"))
    assert targets == {
        "ky": "/ky/account/sign-up/?next=/ky/",
        "ru": "/ru/account/sign-up/?next=/ky/",
        "en": "/en/account/sign-up/?next=/ky/",
    }


@pytest.mark.django_db
def test_switcher_on_a_wagtail_page_leads_to_its_translation(client):
    ky, ru, en = seed_home_pages()
    ru.slug = "glavnaya"  # a translation may have its own address
    ru.save_revision().publish()
    targets = switcher_targets(client.get("/ky/"))
    assert targets == {"ky": "/ky/", "ru": "/ru/", "en": "/en/"}
    assert Page.objects.live().filter(translation_key=ky.translation_key).count() == 3


@pytest.mark.django_db
def test_switching_remembers_the_language_for_a_signed_in_person(client_for):
    person = UserFactory(preferred_language="ky")
    client = client_for(person)
    response = client.post("/i18n/switch/", {"next": "/ru/account/"})
    assert response.status_code == 302 and response["Location"] == "/ru/account/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"
    person.refresh_from_db()
    assert person.preferred_language == "ru"


@pytest.mark.django_db
def test_switching_as_a_visitor_sets_the_cookie_only(client):
    response = client.post("/i18n/switch/", {"next": "/en/account/sign-in/"})
    assert response["Location"] == "/en/account/sign-in/"
    assert client.get("/")["Location"] == "/en/"


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["https://evil.example/ru/", "//evil.example/ru/", "/fr/x/", ""])
def test_switching_refuses_other_sites_and_unknown_languages(client, target):
    assert client.post("/i18n/switch/", {"next": target}).status_code == 400


@pytest.mark.django_db
def test_switching_needs_post(client):
    assert client.get("/i18n/switch/", {"next": "/ru/"}).status_code == 405
