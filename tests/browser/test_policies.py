"""The Content-Security-Policy of every page breaks nothing: the site's pages and the Wagtail
admin (its editor, inline panels, date choosers) run without a single violation."""

import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage
from people.roles import Role
from tests.factories import PASSWORD, UserFactory, build_course

pytestmark = pytest.mark.browser


def violations(page) -> list[str]:
    found = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


def test_admin_pages_run_under_the_policy(page):
    coordinator = UserFactory(role=Role.COORDINATOR, is_superuser=True)
    catalogue = Page.objects.get(depth=2).add_child(
        instance=CourseIndexPage(title="Курстар", slug="courses")
    )
    course = build_course(catalogue)
    found = violations(page)

    page.goto("/admin/login/")
    page.fill("input[name=username]", coordinator.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    for address in [
        "/admin/",
        f"/admin/pages/{catalogue.pk}/",
        f"/admin/pages/{course.pk}/edit/",
        "/admin/users/",
        "/admin/images/",
    ]:
        page.goto(address)
        page.wait_for_load_state("networkidle")
        assert page.locator("main").count() == 1, address
    # The page editor's scripts ran: its StreamField and side panels are drawn by them.
    page.goto(f"/admin/pages/{course.pk}/edit/")
    page.wait_for_selector("[data-streamfield-stream-container], .w-form-width", timeout=15_000)
    assert found == []


def test_site_pages_run_under_the_policy(page):
    catalogue = Page.objects.get(depth=2).add_child(
        instance=CourseIndexPage(title="Курстар", slug="courses")
    )
    course = build_course(catalogue)
    found = violations(page)
    for address in ["/ky/", course.url, "/ky/account/sign-in/", "/ky/account/sign-up/"]:
        response = page.goto(address)
        assert response.status == 200, address
        assert "default-src 'self'" in response.headers["content-security-policy"]
    assert found == []
