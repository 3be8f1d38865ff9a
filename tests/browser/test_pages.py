"""What only a browser proves: the language of what a person reads, the switcher, the forms."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.text import capfirst

from people.models import User
from tests.helpers import translated

pytestmark = pytest.mark.browser

LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}


def field(verbose_name: str, language: str = "ky") -> str:
    """A model field's label as a form shows it (Django adds the colon)."""
    return capfirst(translated(verbose_name, language)) + ":"


def english_ui_strings() -> set[str]:
    """Every string the project adds, as written in English in the source."""
    catalogue = (settings.BASE_DIR / "locale" / "en" / "LC_MESSAGES" / "django.po").read_text()
    msgids = set()
    for block in catalogue.split("\n\n")[1:]:
        source = block.split("msgstr")[0]
        text = "".join(re.findall(r'"(.*)"', source))
        if text and "%(" not in text:
            msgids.add(text)
    return msgids - LANGUAGE_NAMES


@pytest.fixture
def demo_site(settings):
    settings.DEBUG = True
    call_command("seed_demo", verbosity=0)
    settings.DEBUG = False


def test_home_page_in_kyrgyz_has_no_english(page, demo_site):
    page.goto("/ky/")
    assert page.locator("html").get_attribute("lang") == "ky"
    text = page.locator("body").inner_text()
    assert "Теңдик" in text and "гендердик теңчилик" in text
    shown = {
        phrase for phrase in english_ui_strings() if re.search(rf"\b{re.escape(phrase)}\b", text)
    }
    assert shown == set()
    assert page.title().startswith("Теңдик")
    assert translated("Sign in") in text and translated("Sign up") in text


def test_language_switch_keeps_the_page(page, demo_site):
    page.goto("/ky/account/sign-up/")
    assert page.locator("h1").inner_text() == translated("Sign up")
    page.get_by_role("button", name="Русский").click()
    page.wait_for_url("**/ru/account/sign-up/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator("h1").inner_text() == translated("Sign up", "ru")

    page.goto("/ru/")
    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/en/")
    assert page.locator("h1").inner_text() == "Tendik: learning for gender equality"


def labelled(page, label: str):
    return page.get_by_label(label, exact=True)


def test_sign_up_with_bad_input_shows_kyrgyz_errors_and_stores_nothing(page):
    page.goto("/ky/account/sign-up/")
    labelled(page, field("email")).fill("aigul@example")
    labelled(page, field("full name")).fill("Айгүл Өмүрова")
    labelled(page, field("gender")).select_option("woman")
    labelled(page, field("region")).select_option("naryn")
    labelled(page, field("settlement type")).select_option("rural")
    labelled(page, translated("Password") + ":").fill("12345678")
    labelled(page, translated("Password again") + ":").fill("12345678")
    page.get_by_role("button", name=translated("Create my account")).click()
    page.wait_for_load_state()

    errors = "\n".join(page.locator(".errorlist").all_inner_texts())
    assert "Туура эдарек тер." in errors  # Django's own Kyrgyz: "Enter a valid email address."
    assert translated("You can only sign up if you agree to the data notice.") in errors
    assert "Бул сырсөз жалаң сандан турат." in errors  # "entirely numeric", Django's Kyrgyz
    assert labelled(page, field("full name")).input_value() == "Айгүл Өмүрова"
    assert page.locator("html").get_attribute("lang") == "ky"
    assert User.objects.count() == 0


def test_sign_up_then_sign_in_in_russian(page):
    page.goto("/ru/account/sign-up/")
    labelled(page, field("email", "ru")).fill("jyldyz@example.kg")
    labelled(page, field("full name", "ru")).fill("Жылдыз Көкөева")
    labelled(page, field("gender", "ru")).select_option("woman")
    labelled(page, field("region", "ru")).select_option("abroad")
    labelled(page, translated("Country", "ru") + ":").select_option("PL")
    labelled(page, field("settlement type", "ru")).select_option("urban")
    labelled(page, field("preferred language", "ru")).select_option("ru")
    labelled(page, translated("Password", "ru") + ":").fill("Варшава-Бишкек-2026")
    labelled(page, translated("Password again", "ru") + ":").fill("Варшава-Бишкек-2026")
    labelled(page, translated("I have read the data notice and agree to it.", "ru")).check()
    page.get_by_role("button", name=translated("Create my account", "ru")).click()
    page.wait_for_url("**/ru/")
    assert translated("Welcome to Tendik! Your account is ready.", "ru") in page.content()
    person = User.objects.get(email="jyldyz@example.kg")
    assert (person.region, person.country, person.preferred_language) == ("abroad", "PL", "ru")

    # Signed out and back in from the Kyrgyz page, she lands in Russian.
    page.get_by_role("button", name=translated("Sign out", "ru")).click()
    page.goto("/ky/account/sign-in/")
    labelled(page, translated("Email") + ":").fill("jyldyz@example.kg")
    labelled(page, translated("Password") + ":").fill("Варшава-Бишкек-2026")
    page.get_by_role("button", name=translated("Sign in")).last.click()
    page.wait_for_url("**/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
