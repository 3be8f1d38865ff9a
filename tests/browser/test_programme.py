"""A learner enrols in a programme by clicking, on a 360 px phone, and reads her progress there
and in My learning without scrolling sideways (screenshots in test-results/programme-*.png)."""

import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage
from people.roles import Role
from programmes.blocks import Kind, Rule
from tests.factories import PASSWORD, UserFactory, build_course, build_programme
from tests.helpers import translated

pytestmark = pytest.mark.browser


def test_a_learner_enrols_in_a_programme_on_her_phone(page):
    catalogue = Page.objects.get(depth=2).add_child(
        instance=CourseIndexPage(title="Курстар", slug="courses")
    )
    courses = [
        build_course(catalogue, title=title, modules=1, lessons=1)
        for title in (
            "Жергиликтүү өз алдынча башкаруудагы аялдардын лидерлиги",
            "Муниципалдык бюджеттер",
            "Жергиликтүү кеңештер менен биргелешкен чечим кабыл алуу",
        )
    ]
    programme = build_programme(
        catalogue,
        [
            (Rule.ALL, 1, True, [(Kind.COURSE, courses[0]), (Kind.SESSION, courses[0])]),
            (Rule.ANY, 1, False, [(Kind.COURSE, courses[1]), (Kind.COURSE, courses[2])]),
        ],
        title="Аял лидерлер мектеби",
    )
    learner = UserFactory(role=Role.LEARNER)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/ky/account/sign-in/")
    page.fill("#id_username", learner.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main button").click()
    page.wait_for_load_state()

    page.goto(programme.url)
    page.get_by_role("button", name=translated("Enrol in the programme")).click()
    page.wait_for_load_state()
    assert translated("You are enrolled in the programme. Its first courses are open to you.") in (
        page.content()
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path="test-results/programme-ky-360.png", full_page=True)

    page.goto("/ky/learning/")
    assert "Аял лидерлер мектеби" in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path="test-results/programme-learning-ky-360.png", full_page=True)
