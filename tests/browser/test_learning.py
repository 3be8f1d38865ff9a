"""A learner signs up, enrols, reads, marks lessons done and sees 100%, by clicking."""

import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage, Enrolment
from people.models import User
from tests.courses.conftest import build_course
from tests.helpers import translated

pytestmark = pytest.mark.browser


def test_learner_goes_from_sign_up_to_100_percent(page):
    home = Page.objects.get(depth=2)
    catalogue = home.add_child(instance=CourseIndexPage(title="Курстар", slug="courses"))
    course = build_course(catalogue, title="Гендердик теңчилик", modules=2, lessons=2)

    page.goto("/ky/account/sign-up/")
    page.get_by_label(translated("email").capitalize() + ":", exact=True).fill("aigul@example.kg")
    page.get_by_label(translated("full name").capitalize() + ":", exact=True).fill("Айгүл Өмүрова")
    page.locator("#id_gender").select_option("woman")
    page.locator("#id_region").select_option("naryn")
    page.locator("#id_settlement_type").select_option("rural")
    page.locator("#id_password1").fill("Нарын-Ат-Башы-2026")
    page.locator("#id_password2").fill("Нарын-Ат-Башы-2026")
    page.locator("#id_consent").check()
    page.get_by_role("button", name=translated("Create my account")).click()
    page.wait_for_url("**/ky/")

    page.get_by_role("link", name=translated("Courses")).first.click()
    page.get_by_role("link", name="Гендердик теңчилик").click()
    page.get_by_role("button", name=translated("Enrol")).click()
    assert translated("You are enrolled. Welcome to the course!") in page.content()

    page.get_by_role("link", name=translated("Start the course")).click()
    for _ in range(4):
        assert "Сабактын тексти" in page.locator("article").inner_text()
        page.get_by_role("button", name=translated("Mark as done")).click()
        page.wait_for_load_state()
    assert translated("You have completed the course. Well done!") in page.content()

    page.get_by_role("link", name=translated("My learning")).click()
    assert "100%" in page.locator("main").inner_text()
    person = User.objects.get(email="aigul@example.kg")
    assert Enrolment.objects.get(user=person, course_key=course.translation_key).completed_at
