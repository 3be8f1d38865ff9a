"""Who sees the library: every URL as anonymous, the author, another member, a member the author
blocked, a suspended member, a moderator and a coordinator; a visible, a pending and a hidden
resource. Others see only visible resources, their files too (a 404, the resource not confirmed
to exist); an expelled member gets 403 everywhere; no one signed out gets past the sign-in."""

import pytest
from django.urls import reverse

from community.models import Visibility
from library.models import Resource
from tests.library.conftest import PEOPLE, share

SIGN_IN = "/ky/sign-in/"


def outcome(response) -> str:
    status = response.status_code
    if status in (301, 302):
        location = response["Location"]
        return "login" if location.split("?")[0] == reverse("people:sign_in") else "go"
    return {200: "ok", 403: "no", 404: "no"}.get(status, str(status))


def resources(people, topic):
    visible = share(people["author"], topic)
    pending = share(people["author"], topic, title="Күтүүдөгү")
    hidden = share(people["author"], topic, title="Жашырылган")
    Resource.objects.filter(pk=pending.pk).update(visibility=Visibility.PENDING)
    Resource.objects.filter(pk=hidden.pk).update(visibility=Visibility.HIDDEN)
    return {"visible": visible, "pending": pending, "hidden": hidden}


# URL (name, which resource) → one outcome per person, in the order of PEOPLE.
# fmt: off
EXPECTED = {
    ("library:list", None):        "login ok ok ok ok ok ok",
    ("library:mine", None):        "login ok ok ok ok ok ok",
    ("library:upload", None):      "login ok ok ok go ok ok",  # suspended: sent back, told why
    ("library:detail", "visible"): "login ok ok ok ok ok ok",
    ("library:file", "visible"):   "login ok ok ok ok ok ok",
    ("library:detail", "pending"): "login ok no no no ok ok",
    ("library:file", "pending"):   "login ok no no no ok ok",
    ("library:detail", "hidden"):  "login ok no no no ok ok",
    ("library:file", "hidden"):    "login ok no no no ok ok",
}
# fmt: on


@pytest.mark.django_db
def test_each_person_gets_each_page(people, topic, client_for):
    made = resources(people, topic)
    wrong = []
    for (name, which), expected in EXPECTED.items():
        kwargs = {"pk": made[which].pk} if which else {}
        url = reverse(name, kwargs=kwargs)
        for person, want in zip(PEOPLE, expected.split(), strict=True):
            got = outcome(client_for(people[person]).get(url))
            if got != want:
                wrong.append(f"{url} as {person}: {got}, not {want}")
    assert not wrong


@pytest.mark.django_db
def test_an_expelled_member_is_refused_everywhere(people, topic, expelled, client_for):
    resource = share(people["author"], topic)
    client = client_for(expelled)
    for name, kwargs in [
        ("library:list", {}),
        ("library:mine", {}),
        ("library:upload", {}),
        ("library:detail", {"pk": resource.pk}),
        ("library:file", {"pk": resource.pk}),
    ]:
        response = client.get(reverse(name, kwargs=kwargs))
        assert response.status_code == 403, name
    assert client.post(reverse("library:upload"), {"title": "x"}).status_code == 403


@pytest.mark.django_db
def test_the_author_and_moderators_see_the_state_others_do_not_see_it_listed(
    people, topic, client_for
):
    made = resources(people, topic)
    pending_url = reverse("library:detail", kwargs={"pk": made["pending"].pk})
    for person in ("author", "moderator", "coordinator"):
        page = client_for(people[person]).get(pending_url).content.decode()
        assert "Модератордун жактыруусун күтүүдө" in page, person
    hidden_page = client_for(people["author"]).get(
        reverse("library:detail", kwargs={"pk": made["hidden"].pk})
    )
    assert "Модератор жашырды" in hidden_page.content.decode()
    # The list shows visible resources to everyone, moderators included (their queue has the rest).
    for person in ("author", "member", "moderator"):
        listed = client_for(people[person]).get(reverse("library:list")).content.decode()
        assert made["visible"].title in listed
        assert "Күтүүдөгү" not in listed and "Жашырылган" not in listed
    mine = client_for(people["author"]).get(reverse("library:mine")).content.decode()
    assert "Күтүүдөгү" in mine and "Жашырылган" in mine
    assert "Модератордун жактыруусун күтүүдө" in mine
    assert (
        "Күтүүдөгү"
        not in client_for(people["member"]).get(reverse("library:mine")).content.decode()
    )


@pytest.mark.django_db
def test_a_signed_out_visitor_is_sent_to_sign_in_and_back(people, topic, client_for):
    resource = share(people["author"], topic)
    url = reverse("library:detail", kwargs={"pk": resource.pk})
    response = client_for(None).get(url)
    assert response["Location"] == f"{reverse('people:sign_in')}?next={url}"


@pytest.mark.django_db
def test_a_resource_that_does_not_exist_and_an_overlong_id(people, client_for):
    client = client_for(people["member"])
    assert client.get("/ky/community/library/999999/").status_code == 404
    response = client.get("/ky/community/library/99999999999999999999999/")
    assert response.status_code in (302, 404)  # not an overflow
