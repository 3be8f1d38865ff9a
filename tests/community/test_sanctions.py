"""Sanctions: warn (acknowledged before posting again), suspend until a date, expel; the
member told in her language; one appeal; who may sanction whom."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from community.access import POSTING, Action, record_post, refusal
from community.models import ModerationAction, Sanction
from community.services import CommunityRefused, sanction_give
from core.once import FIELD
from outbox.models import OutgoingEmail
from people.roles import Role
from tests.community.conftest import _person


def _give(client, member, **body):
    url = reverse("community:sanction_new", kwargs={"pk": member.pk})
    return client.post(url, {"reason": "Орой сөз", FIELD: "g", **body}, follow=True)


def test_a_warning_must_be_acknowledged_before_she_posts(member, moderator, client_for):
    _give(client_for(moderator), member, kind="warning")
    warning = Sanction.objects.get(member=member)
    refused = refusal(member, Action.POST)
    assert refused.url == reverse("community:sanction", kwargs={"pk": warning.pk})
    client = client_for(member)
    page = client.get(refused.url).content.decode()
    assert "Орой сөз" in page and "Эскертүүнү окудум" in page
    client.post(refused.url, {"do": "acknowledge", FIELD: "a1"})
    assert refusal(member, Action.POST) is None
    assert ModerationAction.objects.get().action == "warn"


def test_she_is_told_by_email_in_her_language(member, moderator):
    member.preferred_language = "ru"
    member.save()
    sanction_give(
        moderator=moderator,
        member=member,
        kind="suspension",
        reason="Сбор денег",
        until=timezone.now() + timedelta(days=3),
    )
    email = OutgoingEmail.objects.get(to=member.email)
    assert email.language == "ru"
    assert "Сообщество Тендик" in email.subject
    assert "Модератор сообщества Тендик решил" in email.body and "Сбор денег" in email.body


def test_a_suspension_until_a_date_lets_her_read_and_report_only(member, moderator, client_for):
    day = (timezone.localdate() + timedelta(days=5)).isoformat()
    _give(client_for(moderator), member, kind="suspension", until=day)
    assert refusal(member, Action.POST).message.startswith("Сиз ")
    assert refusal(member, Action.READ) is None and refusal(member, Action.REPORT) is None
    past = _give(client_for(moderator), _person(), kind="suspension", until="2020-01-01")
    assert "Убактылуу четтетүү келечектеги күнү бүтүшү керек." in past.content.decode()


def test_expelled_she_cannot_enter_but_reads_and_appeals_her_expulsion_once(
    member, moderator, client_for
):
    sanction = sanction_give(moderator=moderator, member=member, kind="expulsion", reason="Алдоо")
    client = client_for(member)
    assert client.get(reverse("community:profile_edit")).status_code == 403
    url = reverse("community:sanction", kwargs={"pk": sanction.pk})
    assert client.get(url).status_code == 200
    client.post(url, {"do": "appeal", "note": "<b>Мен</b> алдаган жокмун", FIELD: "ap1"})
    second = client.post(url, {"do": "appeal", "note": "Дагы", FIELD: "ap2"}, follow=True)
    assert "Бул чечимге буга чейин даттангансыз." in second.content.decode()
    sanction.refresh_from_db()
    assert sanction.appeal_note == "<b>Мен</b> алдаган жокмун"
    seen = client_for(moderator).get(url).content.decode()
    assert "&lt;b&gt;Мен&lt;/b&gt;" in seen
    second_look = _person(Role.MODERATOR)
    client_for(second_look).post(url, {"do": "lift", "reason": "Далил жок", FIELD: "d1"})
    sanction.refresh_from_db()
    assert sanction.lifted_at and sanction.appeal_upheld is False
    assert refusal(member, Action.READ) is None
    assert OutgoingEmail.objects.filter(to=member.email).count() == 2


def test_another_moderator_upholds_an_appeal(member, moderator, client_for):
    sanction = sanction_give(moderator=moderator, member=member, kind="warning", reason="Орой")
    url = reverse("community:sanction", kwargs={"pk": sanction.pk})
    client_for(member).post(url, {"do": "appeal", "note": "Туура эмес", FIELD: "u1"})
    own = client_for(moderator)
    page = own.get(url).content.decode()
    assert "Өзүңүз берген чарага болгон даттанууну" in page and "Даттанууну четке кагуу" not in page
    own.post(url, {"do": "uphold", "reason": "Өзүм", FIELD: "u0"})
    sanction.refresh_from_db()
    assert sanction.appeal_decided_at is None
    client_for(_person(Role.MODERATOR)).post(
        url, {"do": "uphold", "reason": "Эреже бузулган", FIELD: "u2"}
    )
    sanction.refresh_from_db()
    assert sanction.appeal_upheld is True and sanction.lifted_at is None
    page = client_for(member).get(url).content.decode()
    assert "Даттануу четке кагылды: чечим күчүндө калат." in page


def test_no_role_raises_its_own_rights(moderator, coordinator, guidelines):
    other_moderator = _person(Role.MODERATOR)
    administrator = _person(Role.ADMINISTRATOR)
    for target in (moderator, coordinator, administrator, other_moderator):
        with pytest.raises(CommunityRefused):
            sanction_give(moderator=moderator, member=target, kind="warning", reason="x")
    with pytest.raises(CommunityRefused):
        sanction_give(moderator=coordinator, member=coordinator, kind="warning", reason="x")
    sanction_give(moderator=coordinator, member=other_moderator, kind="warning", reason="x")
    assert Sanction.objects.count() == 1


def test_another_member_cannot_see_her_sanction(member, other, moderator, client_for):
    sanction = sanction_give(moderator=moderator, member=member, kind="warning", reason="x")
    url = reverse("community:sanction", kwargs={"pk": sanction.pk})
    assert client_for(other).get(url).status_code == 404
    assert client_for(other).post(url, {"do": "acknowledge"}).status_code == 404


def test_the_twenty_first_post_in_a_minute_is_refused(still_clock, member):
    for _ in range(POSTING.count):
        assert refusal(member, Action.POST) is None
        record_post(member)
    refused = refusal(member, Action.POST)
    assert refused.message == "Өтө тез жазып жатасыз. Бир мүнөт күтүп, кайра аракет кылыңыз."
