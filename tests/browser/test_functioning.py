"""A learner answers the Washington Group questions in her profile, in Kyrgyz, on a phone, and
clears one of them (issue 17.2). Screenshot: test-results/functioning-ky-360.png."""

import pytest

from people.disability import status
from people.models import User
from tests.browser.conftest import sign_in
from tests.factories import PASSWORD, UserFactory
from tests.helpers import translated

pytestmark = pytest.mark.browser


def test_she_answers_and_clears_the_questions_on_a_phone(page):
    person = UserFactory(email="aigul@example.kg", full_name="Айгүл Төлөгөнова")
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, person.email, PASSWORD)
    page.goto("/ky/account/")
    fieldset = page.locator("fieldset.functioning")
    assert translated("Difficulties in everyday activities (optional)") in fieldset.inner_text()
    page.get_by_label(
        translated("Do you have difficulty walking or climbing steps?")
    ).select_option(label=translated("Yes, a lot of difficulty"))
    page.get_by_label(
        translated("Do you have difficulty seeing, even if wearing glasses?")
    ).select_option(label=translated("Yes, some difficulty"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    fieldset.screenshot(path="test-results/functioning-ky-360.png")
    page.locator("main button.primary").click()
    page.wait_for_load_state()
    assert translated("Your profile has been saved.") in page.content()
    person.refresh_from_db()
    assert (person.wg_walking, person.wg_seeing) == ("a_lot", "some")
    assert status(person) == "yes"

    page.get_by_label(
        translated("Do you have difficulty walking or climbing steps?")
    ).select_option(label=translated("Not answered"))
    page.locator("main button.primary").click()
    page.wait_for_load_state()
    person = User.objects.get(pk=person.pk)
    assert (person.wg_walking, person.wg_seeing) == ("", "some")
    assert status(person) == ""
