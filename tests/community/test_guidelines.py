"""The guidelines: shown in the reader's language, accepted once per version by POST."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from community.access import Action, accepted_current, refusal
from community.models import Acceptance
from core.once import FIELD
from tests.factories import UserFactory


def test_no_published_guidelines_says_so(db, client):
    response = client.get(reverse("community:guidelines"))
    assert response.status_code == 200
    assert "Коомчулуктун эрежелери азырынча жарыяланган жок." in response.content.decode()


def test_a_member_accepts_and_is_sent_back_to_a_safe_next(guidelines, client_for):
    person = UserFactory()
    assert refusal(person, Action.POST).url == reverse("community:guidelines")
    client = client_for(person)
    page = client.get(reverse("community:guidelines"))
    assert "Урмат" in page.content.decode()
    assert "Коомчулуктун эрежелерин кабыл алам" in page.content.decode()
    response = client.post(reverse("community:guidelines"), {"next": "/ky/learning/", FIELD: "t1"})
    assert response["Location"] == "/ky/learning/"
    [acceptance] = Acceptance.objects.filter(member=person)
    assert acceptance.version == 1 and acceptance.accepted_at
    assert refusal(person, Action.POST) is None
    # A double click records nothing more; an outside `next` is not followed.
    client.post(reverse("community:guidelines"), {"next": "/ky/learning/", FIELD: "t1"})
    response = client.post(
        reverse("community:guidelines"), {"next": "https://evil.example/", FIELD: "t2"}
    )
    assert response["Location"] == reverse("community:profile_edit")
    assert Acceptance.objects.filter(member=person).count() == 1


def test_a_new_version_asks_again(guidelines, member):
    assert accepted_current(member)
    guidelines.version = 2
    guidelines.save_revision().publish()
    assert not accepted_current(member)
    assert refusal(member, Action.POST).message == "Адегенде коомчулуктун эрежелерин кабыл алыңыз."


def test_the_russian_reader_reads_the_russian_translation(guidelines, client):
    ru, _ = Locale.objects.get_or_create(language_code="ru")
    translation = guidelines.copy_for_translation(ru, copy_parents=True)
    translation.title = "Правила сообщества"
    translation.body = "<p>Уважение</p>"
    translation.save_revision().publish()
    url = reverse("community:guidelines")
    with_ru = client.get(url.replace("/ky/", "/ru/"))
    assert "Уважение" in with_ru.content.decode()
    # English has no translation: the Kyrgyz page is shown.
    with_en = client.get(url.replace("/ky/", "/en/"))
    assert "Урмат" in with_en.content.decode()


@pytest.mark.parametrize("language", ["ky"])
def test_anonymous_reads_them_and_is_asked_to_sign_in_to_accept(guidelines, client, language):
    page = client.get(reverse("community:guidelines"))
    assert page.status_code == 200
    response = client.post(reverse("community:guidelines"))
    assert response.status_code == 302 and reverse("people:sign_in") in response["Location"]
    assert not Acceptance.objects.exists()


def test_the_page_at_its_own_address_shows_the_rules_and_posts_to_the_view(
    guidelines, member, client_for
):
    html = client_for(member).get(guidelines.url).content.decode()
    assert "Урмат" in html
    assert f'action="{reverse("community:guidelines")}"' in html
