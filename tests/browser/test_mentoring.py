"""In Kyrgyz, on a 360 px phone: a mentee finds a mentor and asks her, the mentor accepts into an
agreement, and they log a meeting; every mentoring page (a coordinator's too) without scrolling
sideways (screenshots in test-results/mentoring-*.png)."""

import pytest
from django.utils import timezone

from mentoring.models import Agreement, Meeting
from people.roles import Role
from tests.browser.conftest import sign_in
from tests.factories import PASSWORD, UserFactory
from tests.mentoring.conftest import make_mentor

pytestmark = pytest.mark.browser


def narrow(page, name: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    page.screenshot(path=f"test-results/mentoring-{name}-ky-360.png", full_page=True)
    assert width <= 360, f"{name}: {width} px"


def test_a_mentee_asks_the_mentor_accepts_and_they_log_a_meeting(page):
    mentor = make_mentor(
        user={"full_name": "Бүбүсара Орозбекова", "email": "bubusara@example.kg"},
        about="Он эки жыл айылдык кеңештин депутаты болдум.",
    ).user
    make_mentor(
        expertise=",career,",
        countries=",KZ,",
        languages=",kk,ru,",
        user={"full_name": "Сауле Жумабаева"},
    )
    mentee = UserFactory(role=Role.LEARNER, full_name="Айгүл Төлөгөнова")
    coordinator = UserFactory(role=Role.COORDINATOR)
    page.set_viewport_size({"width": 360, "height": 740})

    sign_in(page, mentee.email, PASSWORD)
    page.goto("/ky/community/mentoring/")
    page.select_option("select[name=expertise]", "local_government")
    page.get_by_role("button", name="Көрсөтүү").click()
    page.wait_for_load_state()
    assert "Сауле Жумабаева" not in page.locator("main").inner_text()
    narrow(page, "mentors")
    page.get_by_role("link", name="Бүбүсара Орозбекова").click()
    page.wait_for_load_state()
    narrow(page, "mentor")
    page.fill("#id_goals", "Айылдык кеңешке талапкер болууну үйрөнгүм келет.")
    page.get_by_role("button", name="Өтүнүчтү жөнөтүү").click()
    page.wait_for_load_state()
    assert "Өтүнүчүңүз жөнөтүлдү." in page.content()
    narrow(page, "request-sent")
    page.goto("/ky/community/mentoring/profile/")
    narrow(page, "profile")

    sign_in(page, mentor.email, PASSWORD)
    page.goto("/ky/community/mentoring/mine/")
    narrow(page, "mine")
    page.get_by_role("link", name="Айгүл Төлөгөнова").click()
    page.wait_for_load_state()
    narrow(page, "request")
    page.fill("#id_answer", "Кубаныч менен!")
    page.select_option("#id_frequency", "weekly")
    page.get_by_role("button", name="Кабыл алып, макулдашууну баштоо").click()
    page.wait_for_load_state()
    assert "Сиз өтүнүчтү кабыл алдыңыз. Макулдашууңуз башталды." in page.content()
    page.fill("#id_held_on", timezone.localdate().isoformat())
    page.fill("#id_discussed", "Жергиликтүү бюджетти бирге окудук.")
    page.fill("#id_next_steps", "Бюджеттик угууга баруу.")
    page.get_by_role("button", name="Жолугушууну жазуу").click()
    page.wait_for_load_state()
    assert "Жолугушуу жазылды." in page.content()
    assert "Жергиликтүү бюджетти бирге окудук." in page.locator("main").inner_text()
    narrow(page, "agreement")
    agreement = Agreement.objects.get(mentor=mentor, mentee=mentee)
    assert agreement.frequency == "weekly"
    assert Meeting.objects.get(agreement=agreement).next_steps == "Бюджеттик угууга баруу."

    sign_in(page, coordinator.email, PASSWORD)
    for name in ("coordinate", "counts"):
        page.goto(f"/ky/community/mentoring/{name}/")
        narrow(page, name)
    page.goto(f"/ky/community/mentoring/agreements/{agreement.pk}/")
    assert "Жергиликтүү бюджетти бирге окудук." not in page.content()  # not shared by both
