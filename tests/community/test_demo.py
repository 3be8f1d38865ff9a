"""The demo community: the guidelines in three languages, profiles, a warned and a suspended
member; seeding again changes nothing."""

import pytest
from django.utils import timezone

from community.access import Action, refusal
from community.models import CommunityProfile, GuidelinesPage, Sanction
from demo.seed.community import seed_community
from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from outbox.models import OutgoingEmail
from people.models import User


@pytest.fixture
def seeded(db, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    seed_home_pages()
    seed_people()
    return seed_community()


def test_the_guidelines_in_kyrgyz_russian_and_english(seeded):
    pages = GuidelinesPage.objects.live()
    assert sorted(p.locale.language_code for p in pages) == ["en", "ky", "ru"]
    ky = pages.get(locale__language_code="ky")
    for rule in ("Чыныгы инсандык", "Урмат", "Алдамчылыкка жол жок", "Кесепеттери"):
        assert rule in ky.body
    assert "Интеллектуальная собственность" in pages.get(locale__language_code="ru").body
    assert {p.version for p in pages} == {1}


def test_a_warned_and_a_suspended_member(seeded):
    warned = User.objects.get(email="nurlan@demo.tendik.kg")
    suspended = User.objects.get(email="bermet@demo.tendik.kg")
    assert refusal(warned, Action.POST).url.endswith(
        f"/community/sanctions/{Sanction.objects.get(member=warned).pk}/"
    )
    assert Sanction.objects.get(member=suspended).until > timezone.now()
    assert refusal(suspended, Action.POST) is not None
    assert refusal(suspended, Action.READ) is None


def test_seeding_again_changes_nothing(seeded):
    counts = (
        GuidelinesPage.objects.count(),
        CommunityProfile.objects.count(),
        Sanction.objects.count(),
        OutgoingEmail.objects.count(),
    )
    revisions = [p.latest_revision_id for p in GuidelinesPage.objects.all()]
    seed_community()
    assert counts == (
        GuidelinesPage.objects.count(),
        CommunityProfile.objects.count(),
        Sanction.objects.count(),
        OutgoingEmail.objects.count(),
    )
    assert revisions == [p.latest_revision_id for p in GuidelinesPage.objects.all()]
    shown = CommunityProfile.objects.get(author__email="learner@demo.tendik.kg")
    assert shown.show_bio and "шайлоого" in shown.bio
