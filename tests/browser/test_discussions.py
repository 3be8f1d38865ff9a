"""On a 360 px phone, in Kyrgyz, a member opens her course's discussion from My learning, reads a
thread with a long link and replies to it, all by plain links and forms (no JavaScript needed);
no discussions page is wider than the phone (screenshots in test-results/discussions-*.png)."""

from pathlib import Path

import pytest
from wagtail.models import Page

from community.access import guidelines_accept
from courses.models import CourseIndexPage
from courses.services import enrolment_create
from discussions.models import Post, Space
from discussions.services import post_create, space_for_course, thread_create
from people.roles import Role
from tests.factories import PASSWORD, UserFactory, build_course

pytestmark = pytest.mark.browser
SHOTS = Path("test-results")


def narrow(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"discussions-{name}.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, page.url


def test_a_member_replies_on_her_phone(page, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    catalogue = Page.objects.get(depth=2).add_child(
        instance=CourseIndexPage(title="Курстар", slug="courses")
    )
    course = build_course(catalogue, title="CEDAW негиздери", modules=1, lessons=1)
    member = UserFactory(role=Role.LEARNER, full_name="Айгүл Төлөгөнова")
    trainer = UserFactory(role=Role.TRAINER, full_name="Гүлнара Мөңкөева")
    for person in (member, trainer):
        guidelines_accept(person)
    enrolment_create(user=member, course=course)
    thread = thread_create(
        space=space_for_course(course),
        author=trainer,
        title="Гендер жана жыныс: айылда кантип түшүндүрөбүз? Узун аталыш " * 2,
        body="Бул жерде окуңуз: [колдонмо](https://example.org/"
        + "a" * 120
        + ") жана https://example.org/"
        + "өтө-узун-шилтеме" * 10,
    )
    for number in range(3):
        post_create(thread=thread, author=trainer, body=f"Мисал {number}: `" + "x" * 200 + "`")
    Space.objects.create(title="Аял лидерлер: тажрыйба алмашуу", topic="Лидерлик")

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/ky/account/sign-in/")
    page.fill("#id_username", member.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main button").click()
    page.wait_for_load_state()

    page.goto("/ky/learning/")
    page.get_by_role("link", name="Талкуу: CEDAW негиздери").click()
    page.wait_for_load_state()
    narrow(page, "space")
    page.get_by_role("link", name=thread.title.strip()).click()
    page.wait_for_load_state()
    assert "(example.org)" in page.content()
    narrow(page, "thread")
    page.fill("#id_body", "Рахмат! Биз да **ушундай** кылабыз.")
    page.get_by_role("button", name="Жоопту жөнөтүү").click()
    page.wait_for_load_state()
    assert "Жарыяланды." in page.content()
    assert "<strong>ушундай</strong>" in page.content()
    narrow(page, "replied")
    assert Post.objects.filter(thread=thread, author=member).count() == 1

    for url in (
        "/ky/community/spaces/",
        f"/ky/community/spaces/{thread.space_id}/new/",
        "/ky/community/emails/",
    ):
        page.goto(url)
        narrow(page, url.strip("/").replace("/", "-"))
