"""Every community URL as the seven people of issue 16: anonymous, the member (whose profile,
photo and warning these are), another member, a member she blocked, a suspended member, a
moderator and a coordinator.

Outcomes as in tests/lms/test_url_authorisation.py: ok (2xx), login (sent to sign in), no (403
or 404), go (a redirect elsewhere)."""

import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image

from community.models import Block, Sanction

PEOPLE = ("anonymous", "member", "other", "blocked", "suspended", "moderator", "coordinator")
GET, POST = "get", "post"

# fmt: off
TABLE = {
    "community:home":         (GET,  "none",    "login ok  ok  ok  ok  ok  ok"),
    "community:guidelines":   (GET,  "none",    "ok    ok  ok  ok  ok  ok  ok"),
    "community:profile_edit": (GET,  "none",    "login ok  ok  ok  ok  ok  ok"),
    "community:member":       (GET,  "member",  "login ok  ok  ok  ok  ok  ok"),
    "community:member_photo": (GET,  "member",  "login ok  ok  ok  ok  ok  ok"),
    "community:block":        (POST, "member",  "login go  go  go  go  go  go"),
    "community:sanction_new": (GET,  "member",  "login no  no  no  no  ok  ok"),
    "community:sanction":     (GET,  "warning", "login ok  no  no  no  ok  ok"),
    "community:report":       (GET,  "profile", "login ok  ok  ok  ok  ok  ok"),
    "community:queue":        (GET,  "none",    "login no  no  no  no  ok  ok"),
    "community:moderate":     (POST, "profile", "login no  no  no  no  go  go"),
}
# fmt: on


@pytest.fixture
def objects(settings, tmp_path, profile, member):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2)).save(buffer, "PNG")
    profile.photo.save("p.png", ContentFile(buffer.getvalue()))
    profile.show_photo = True
    profile.save()
    warning = Sanction.objects.create(member=member, kind="warning", reason="Орой")
    Sanction.objects.filter(pk=warning.pk).update(acknowledged_at=warning.created_at)
    return {
        "none": {},
        "member": {"pk": member.pk},
        "profile": {"kind": "community.profile", "pk": profile.pk},
        "warning": {"pk": warning.pk},
    }


def test_every_community_url_is_in_the_table():
    from tests.lms.test_url_authorisation import TABLE as SITE_TABLE

    names = {name for name in SITE_TABLE if name.startswith("community:")}
    assert names == set(TABLE)


def _outcome(response) -> str:
    status = response.status_code
    if 200 <= status < 300:
        return "ok"
    if status in (301, 302):
        return "login" if reverse("people:sign_in") in response["Location"] else "go"
    return {403: "no", 404: "no"}.get(status, str(status))


@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_person_gets_what_the_table_says(
    name, objects, member, other, blocked, suspended, moderator, coordinator, client_for
):
    method, kwargs, expect = TABLE[name]
    people = {
        "anonymous": None,
        "member": member,
        "other": other,
        "blocked": blocked,
        "suspended": suspended,
        "moderator": moderator,
        "coordinator": coordinator,
    }
    url = reverse(name, kwargs=objects[kwargs])
    got = []
    for role in PEOPLE:
        client = client_for(people[role])
        got.append(_outcome(getattr(client, method)(url)))
    assert dict(zip(PEOPLE, got, strict=True)) == dict(zip(PEOPLE, expect.split(), strict=True))
    assert Block.objects.filter(blocker=member, blocked=blocked).exists()
