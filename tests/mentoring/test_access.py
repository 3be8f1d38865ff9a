"""Every mentoring URL as the seven people: anonymous, the mentee, another member, a member the
mentor blocked, a suspended member, a moderator and a coordinator. What each gets, and that the
refused writes stored nothing."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from mentoring.models import Agreement, Feedback, Meeting, MentorProfile, Request
from tests.mentoring.conftest import PEOPLE

GET, POST = "get", "post"


def today():
    return timezone.localdate().isoformat()


# name: (method, kwargs from the fixtures, POST data, outcomes in the order of PEOPLE)
TABLE = {
    "mentoring:mentors": (GET, lambda f: {}, None, "login ok ok ok ok ok ok"),
    "mentoring:mentor": (GET, lambda f: {"pk": f["mentor"].pk}, None, "login ok ok ok ok ok ok"),
    "mentoring:profile": (GET, lambda f: {}, None, "login ok ok ok ok ok ok"),
    "mentoring:mine": (GET, lambda f: {}, None, "login ok ok ok ok ok ok"),
    "mentoring:request_send": (
        POST,
        lambda f: {"pk": f["mentor"].pk},
        {"goals": "Үйрөнгүм келет"},
        "login go go go go go go",
    ),
    "mentoring:request": (GET, lambda f: {"pk": f["pending"].pk}, None, "login ok no no no no no"),
    "mentoring:accept": (POST, lambda f: {"pk": f["pending"].pk}, {}, "login no no no no no no"),
    "mentoring:decline": (
        POST,
        lambda f: {"pk": f["pending"].pk},
        {"answer": "Жок"},
        "login no no no no no no",
    ),
    "mentoring:withdraw": (POST, lambda f: {"pk": f["pending"].pk}, {}, "login go no no no no no"),
    "mentoring:agreement": (
        GET,
        lambda f: {"pk": f["agreement"].pk},
        None,
        "login ok no no no no ok",
    ),
    "mentoring:meeting_add": (
        POST,
        lambda f: {"pk": f["agreement"].pk},
        {"held_on": "TODAY", "discussed": "Бюджет"},
        "login go no no no no no",
    ),
    "mentoring:consent": (
        POST,
        lambda f: {"pk": f["agreement"].pk},
        {"shares": "yes"},
        "login go no no no no no",
    ),
    "mentoring:end": (POST, lambda f: {"pk": f["agreement"].pk}, {}, "login go no no no no no"),
    "mentoring:feedback": (
        POST,
        lambda f: {"pk": f["agreement"].pk},
        {"rating": "5"},
        "login go no no no no no",
    ),
    "mentoring:coordinate": (GET, lambda f: {}, None, "login no no no no no ok"),
    "mentoring:propose": (POST, lambda f: {}, {}, "login no no no no no go"),
    "mentoring:mark": (POST, lambda f: {}, {}, "login no no no no no go"),
    "mentoring:scheme": (POST, lambda f: {}, {}, "login no no no no no go"),
    "mentoring:counts": (GET, lambda f: {}, None, "login no no no no no ok"),
}


def outcome(response, sign_in) -> str:
    status = response.status_code
    if status == 200:
        return "ok"
    if status == 302:
        return "login" if response["Location"].split("?")[0] == sign_in else "go"
    return {403: "no", 404: "no", 405: "405"}.get(status, str(status))


@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_person_gets_what_the_table_says(name, people, mentor, pending, agreement):
    method, kwargs, data, expect = TABLE[name]
    fixtures = {**people, "mentor": mentor, "pending": pending, "agreement": agreement}
    with translation.override("ky"):
        url = reverse(name, kwargs=kwargs(fixtures))
        sign_in = reverse("people:sign_in")
    got = []
    for role in PEOPLE:
        client = Client()
        if people[role] is not None:
            client.force_login(people[role])
        body = {k: (today() if v == "TODAY" else v) for k, v in (data or {}).items()}
        response = client.get(url) if method == GET else client.post(url, body)
        got.append(outcome(response, sign_in))
    assert got == expect.split(), f"{name}: {dict(zip(PEOPLE, got, strict=True))}"


def test_the_urls_are_all_tabled():
    from mentoring.urls import urlpatterns

    assert {f"mentoring:{p.name}" for p in urlpatterns} == set(TABLE)


def test_refused_people_wrote_nothing(people, mentor, pending, agreement):
    """What the blocked, suspended and other people sent stored nothing."""
    for role in ("other", "blocked", "suspended", "moderator"):
        client = Client()
        client.force_login(people[role])
        client.post(reverse("mentoring:request_send", args=[mentor.pk]), {"goals": "Сураныч"})
        client.post(reverse("mentoring:accept", args=[pending.pk]), {})
        client.post(
            reverse("mentoring:meeting_add", args=[agreement.pk]),
            {"held_on": today(), "discussed": "Жашыруун"},
        )
        client.post(reverse("mentoring:end", args=[agreement.pk]))
    assert not Request.objects.filter(mentee__in=[people["blocked"], people["suspended"]]).exists()
    assert Request.objects.filter(mentee=people["other"]).count() == 1  # she may ask
    pending.refresh_from_db()
    assert pending.status == Request.Status.PENDING
    assert Meeting.objects.filter(agreement=agreement).count() == 1
    assert Agreement.objects.get(pk=agreement.pk).status == Agreement.Status.ACTIVE
    assert not Feedback.objects.exists()
    assert MentorProfile.objects.count() == 2
