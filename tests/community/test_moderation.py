"""Reports, their weight, hiding once they weigh enough, the queue and moderators' actions."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEntry
from community.models import CommunityProfile, ModerationAction, Report, Visibility
from community.services import CommunityRefused, item_moderate, report_create, report_weight
from core.once import FIELD
from people.roles import Role
from tests.community.conftest import _person
from tests.factories import UserFactory


def _report_url(profile):
    return reverse("community:report", kwargs={"kind": "community.profile", "pk": profile.pk})


def test_a_member_reports_once_with_a_reason_and_an_escaped_note(profile, other, client_for):
    client = client_for(other)
    form = client.get(_report_url(profile))
    assert "Алдамчылык" in form.content.decode()
    body = {"reason": "scam", "note": "<b>акча</b> сурайт", FIELD: "r1"}
    client.post(_report_url(profile), body)
    client.post(_report_url(profile), body)  # a double click
    assert Report.objects.count() == 1
    again = client.post(_report_url(profile), {**body, FIELD: "r2"}, follow=True)
    assert "Сиз буга чейин кабарлагансыз." in again.content.decode()
    assert Report.objects.count() == 1


def test_unknown_kinds_and_items_she_cannot_see_are_404(profile, other, client_for):
    client = client_for(other)
    bad = reverse("community:report", kwargs={"kind": "nothing.here", "pk": profile.pk})
    assert client.get(bad).status_code == 404
    profile.visibility = Visibility.HIDDEN
    profile.save()
    assert client.get(_report_url(profile)).status_code == 404


def test_her_own_item_cannot_be_reported(profile, member):
    with pytest.raises(CommunityRefused):
        report_create(reporter=member, item=profile, reason="other")


def test_weight_grows_with_standing_and_accurate_reports(profile, guidelines, moderator):
    newcomer = UserFactory()
    regular = _person()
    assert report_weight(newcomer) == 0.5
    assert report_weight(regular) == 1.0
    assert report_weight(moderator) == 2.0
    for accurate in (True, True, True, False):
        Report.objects.create(
            reporter=regular,
            kind="community.profile",
            object_id=UserFactory().pk + 1000,
            reason="other",
            weight=1,
            status=Report.Status.ACCEPTED if accurate else Report.Status.REJECTED,
        )
    assert report_weight(regular) == 1.75


def test_reports_hide_the_item_once_they_weigh_enough(profile, guidelines, settings):
    settings.COMMUNITY_HIDE_WEIGHT = 3
    first, second, third = _person(), _person(), _person()
    report_create(reporter=first, item=profile, reason="harassment")
    report_create(reporter=second, item=profile, reason="harassment")
    profile.refresh_from_db()
    assert profile.visibility == Visibility.VISIBLE
    report_create(reporter=third, item=profile, reason="harassment")
    profile.refresh_from_db()
    assert profile.visibility == Visibility.HIDDEN
    assert ModerationAction.objects.filter(action="auto_hide").count() == 1


def test_the_queue_groups_by_item_heaviest_first_for_moderators_only(
    profile, other, moderator, coordinator, member, client_for
):
    light = CommunityProfile.objects.create(author=_person(), bio="жеңил")
    report_create(reporter=other, item=profile, reason="scam", note="<i>акча</i>")
    report_create(reporter=coordinator, item=profile, reason="scam")
    report_create(reporter=other, item=light, reason="other")
    pending = CommunityProfile.objects.create(
        author=_person(), bio="күтүүдө", visibility=Visibility.PENDING
    )
    url = reverse("community:queue")
    assert client_for(member).get(url).status_code == 403
    client = client_for(moderator)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        html = client.get(url).content.decode()
    assert html.index(profile.bio) < html.index("жеңил")
    assert "&lt;i&gt;акча&lt;/i&gt;" in html and pending.bio in html
    for _ in range(6):
        report_create(
            reporter=_person(),
            item=CommunityProfile.objects.create(author=_person()),
            reason="other",
        )
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(large) == len(small)
    assert client_for(coordinator).get(url).status_code == 200


def _act(client, item, do, **extra):
    url = reverse("community:moderate", kwargs={"kind": "community.profile", "pk": item.pk})
    return client.post(url, {"do": do, "reason": "Эреже 2", FIELD: do, **extra}, follow=True)


def test_hide_restore_approve_edit_dismiss_are_logged_and_audited(
    profile, other, moderator, client_for
):
    report_create(reporter=other, item=profile, reason="harassment")
    client = client_for(moderator)
    _act(client, profile, "hide")
    profile.refresh_from_db()
    assert profile.visibility == Visibility.HIDDEN
    assert Report.objects.get().status == Report.Status.ACCEPTED
    _act(client, profile, "restore")
    profile.refresh_from_db()
    assert profile.visibility == Visibility.VISIBLE
    _act(client, profile, "edit", text="Оңдолгон текст", note="Модератор телефон номерин өчүрдү")
    profile.refresh_from_db()
    assert profile.bio == "Оңдолгон текст"
    assert profile.moderator_note == "Модератор телефон номерин өчүрдү"
    page = client_for(other).get(reverse("community:member", kwargs={"pk": profile.author_id}))
    assert "Модератор телефон номерин өчүрдү" in page.content.decode()
    refused = _act(client, profile, "approve")
    assert "Бул бекитүүнү күтүп турган жок." in refused.content.decode()
    actions = list(ModerationAction.objects.values_list("action", flat=True))
    assert sorted(actions) == ["edit", "hide", "restore"]
    assert AuditEntry.objects.filter(what="community.moderation").count() == 3


def test_approve_a_pending_item_and_dismiss_reports(guidelines, other, moderator, client_for):
    pending = CommunityProfile.objects.create(
        author=_person(), bio="жаңы", visibility=Visibility.PENDING
    )
    _act(client_for(moderator), pending, "approve")
    pending.refresh_from_db()
    assert pending.visibility == Visibility.VISIBLE
    report_create(reporter=other, item=pending, reason="other")
    _act(client_for(moderator), pending, "dismiss")
    assert Report.objects.get().status == Report.Status.REJECTED
    assert report_weight(other) == 1.0  # 1 × (1 + 0/1)


def test_a_moderator_never_acts_on_her_own_report_or_content(profile, moderator, guidelines):
    report_create(reporter=moderator, item=profile, reason="other")
    with pytest.raises(CommunityRefused, match="кабарлаган"):
        item_moderate(moderator=moderator, item=profile, action="hide", reason="x")
    own = CommunityProfile.objects.create(author=moderator, bio="менин")
    with pytest.raises(CommunityRefused, match="Өзүңүздүн"):
        item_moderate(moderator=moderator, item=own, action="hide", reason="x")
    boss = CommunityProfile.objects.create(author=_person(Role.COORDINATOR))
    with pytest.raises(CommunityRefused):
        item_moderate(moderator=moderator, item=boss, action="hide", reason="x")
    profile.refresh_from_db()
    assert profile.visibility == Visibility.VISIBLE


def test_an_action_needs_a_reason(profile, moderator, client_for):
    response = _act(client_for(moderator), profile, "hide", reason="")
    assert "Эмне кыларыңызды тандап, себебин жазыңыз." in response.content.decode()
    profile.refresh_from_db()
    assert profile.visibility == Visibility.VISIBLE


def test_a_suspended_member_may_still_report(profile, suspended, client_for):
    client_for(suspended).post(_report_url(profile), {"reason": "privacy", FIELD: "s1"})
    assert Report.objects.filter(reporter=suspended).exists()
    assert timezone.now() - Report.objects.get().created_at < timedelta(minutes=1)
