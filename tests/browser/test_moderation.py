"""The moderation loop in a real browser, in Kyrgyz: a member reports a reply in a community
space; a moderator finds it first in her queue, hides it and warns its author; the author sees
the warning, finds no reply form but a link to it, and reads it."""

import pytest
from django.urls import reverse

from community.access import guidelines_accept
from community.models import Report, Sanction, Visibility
from discussions.models import Space
from discussions.services import post_create, thread_create
from people.roles import Role
from tests.browser.conftest import sign_in
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.browser


def test_a_report_a_hidden_reply_and_a_warning_read(page):
    reporter = UserFactory(role=Role.LEARNER, full_name="Асел Бекова")
    author = UserFactory(role=Role.LEARNER, full_name="Нурлан Осмонов")
    moderator = UserFactory(role=Role.MODERATOR, full_name="Айнура Токтосунова")
    for person in (reporter, author, moderator):
        guidelines_accept(person)
    space = Space.objects.create(title="Аял лидерлер: тажрыйба алмашуу", topic="Лидерлик")
    thread = thread_create(
        space=space, author=reporter, title="Шайлоого катышуу", body="Тажрыйбаңыз менен бөлүшүңүз."
    )
    post = post_create(thread=thread, author=author, body="Акча которсоңуз, орун сатып берем.")
    page.set_viewport_size({"width": 360, "height": 740})

    sign_in(page, reporter.email, PASSWORD)
    page.goto(post.get_absolute_url())
    page.locator(f"a[href*='/community/report/discussions.post/{post.pk}/']").click()
    page.check("input[name=reason][value=scam]")
    page.fill("textarea[name=note]", "Акча сурап жатат")
    page.locator("main form button").click()
    page.wait_for_load_state()
    assert Report.objects.filter(reporter=reporter, object_id=post.pk).count() == 1

    sign_in(page, moderator.email, PASSWORD)
    page.goto("/ky/community/moderation/")
    assert "Акча сурап жатат" in page.content()
    form = page.locator(f"form[action*='/community/moderation/discussions.post/{post.pk}/']")
    form.locator("select[name=do]").select_option("hide")
    form.locator("input[name=reason]").fill("Алдамчылык: акча суроо")
    form.locator("button").click()
    page.wait_for_load_state()
    post.refresh_from_db()
    assert post.visibility == Visibility.HIDDEN
    page.goto(f"/ky/community/members/{author.pk}/sanction/")
    page.check("input[name=kind][value=warning]")
    page.fill("textarea[name=reason]", "Коомчулукта акча сурабаңыз.")
    page.locator("main form button").click()
    page.wait_for_load_state()
    warning = Sanction.objects.get(member=author, kind=Sanction.Kind.WARNING)

    sign_in(page, reporter.email, PASSWORD)
    page.goto(reverse("discussions:thread", kwargs={"pk": thread.pk}))
    assert "орун сатып берем" not in page.content()

    sign_in(page, author.email, PASSWORD)
    page.goto(reverse("discussions:thread", kwargs={"pk": thread.pk}))
    # No reply form: the warning comes first, a link away.
    assert page.locator("textarea[name=body]").count() == 0
    page.get_by_role("link", name="Баракты ачуу").click()
    page.wait_for_load_state()
    assert f"/community/sanctions/{warning.pk}/" in page.url
    assert "Коомчулукта акча сурабаңыз." in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path="test-results/moderation-warning-ky-360.png", full_page=True)
    page.get_by_role("button", name="Эскертүүнү окудум").click()
    page.wait_for_load_state()
    warning.refresh_from_db()
    assert warning.acknowledged_at is not None
