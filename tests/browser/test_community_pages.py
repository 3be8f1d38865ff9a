"""The community's pages on a 360 px phone in Kyrgyz: none scrolls sideways; a warned member
reads her warning and acknowledges it; the moderator's queue holds a report."""

import pytest

from community.models import CommunityProfile, Sanction
from community.services import report_create
from demo.seed.community import seed_community
from demo.seed.home import seed_home_pages
from demo.seed.people import DEMO_PASSWORD, seed_people
from people.models import User
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def community(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    seed_home_pages()
    seed_people()
    seed_community()
    learner = User.objects.get(email="learner@demo.tendik.kg")
    reporter = User.objects.get(email="asel@demo.tendik.kg")
    profile = CommunityProfile.objects.get(author=learner)
    report_create(reporter=reporter, item=profile, reason="scam", note="Акча сурады")
    return {"learner": learner, "profile": profile}


def widths(page, urls):
    too_wide = {}
    for url in urls:
        response = page.goto(url)
        assert response.status < 400, url
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[url] = width
    return too_wide


def test_community_pages_fit_a_phone_and_a_warning_is_acknowledged(page, community):
    page.set_viewport_size({"width": 360, "height": 740})
    learner, profile = community["learner"], community["profile"]
    assert widths(page, ["/ky/community/guidelines/"]) == {}

    sign_in(page, "moderator@demo.tendik.kg", DEMO_PASSWORD)
    urls = [
        "/ky/community/moderation/",
        f"/ky/community/members/{learner.pk}/",
        f"/ky/community/members/{learner.pk}/sanction/",
        f"/ky/community/report/community.profile/{profile.pk}/",
        "/ky/community/profile/",
    ]
    assert widths(page, urls) == {}
    page.goto("/ky/community/moderation/")
    assert "Акча сурады" in page.content()
    page.context.clear_cookies()

    warned = User.objects.get(email="nurlan@demo.tendik.kg")
    warning = Sanction.objects.get(member=warned)
    sign_in(page, warned.email, DEMO_PASSWORD)
    assert widths(page, [f"/ky/community/sanctions/{warning.pk}/", "/ky/community/profile/"]) == {}
    page.goto(f"/ky/community/sanctions/{warning.pk}/")
    page.get_by_role("button", name="Эскертүүнү окудум").click()
    page.wait_for_load_state()
    assert "Рахмат. Кайра катыша аласыз." in page.content()
    warning.refresh_from_db()
    assert warning.acknowledged_at is not None
    page.screenshot(path="test-results/community-warning-ky-360.png")
