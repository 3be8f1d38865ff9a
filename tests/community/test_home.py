"""The community's home page: what is in it (each app's registered part), the guidelines to
accept first, and the queue for moderators only."""

from django.urls import reverse

from community.models import Sanction
from community.services import sanction_give
from tests.factories import UserFactory


def _home(client):
    return client.get(reverse("community:home"))


def test_anonymous_is_sent_to_sign_in(client):
    response = _home(client)
    assert response.status_code == 302 and "/account/sign-in/" in response["Location"]


def test_a_member_sees_the_parts_and_no_queue(member, client_for):
    page = _home(client_for(member)).content.decode()
    assert "Ресурстар китепканасы" in page and "Насаатчылык" in page
    assert reverse("library:list") in page and reverse("mentoring:mentors") in page
    assert reverse("discussions:spaces") in page
    assert reverse("community:queue") not in page
    assert "эрежелерин окуп, кабыл алыңыз" not in page  # she accepted them


def test_a_newcomer_is_asked_to_accept_the_guidelines_first(guidelines, client_for):
    page = _home(client_for(UserFactory())).content.decode()
    assert "эрежелерин окуп, кабыл алыңыз" in page
    assert reverse("community:guidelines") + "?next=" in page


def test_moderators_and_coordinators_find_the_queue(moderator, coordinator, client_for):
    for person in (moderator, coordinator):
        assert reverse("community:queue") in _home(client_for(person)).content.decode()


def test_an_expelled_member_is_refused(member, moderator, client_for):
    sanction_give(moderator=moderator, member=member, kind=Sanction.Kind.EXPULSION, reason="x")
    assert _home(client_for(member)).status_code == 403
