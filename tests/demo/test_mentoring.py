import pytest
from django.core.management import call_command

from demo.seed.mentoring import seed_mentoring
from mentoring.models import Agreement, Meeting, MentorProfile, Request, Scheme
from programmes.models import ProgrammePage


def snapshot():
    return {
        "profiles": sorted(MentorProfile.objects.values_list("user__email", "capacity", "about")),
        "requests": sorted(Request.objects.values_list("pk", "status", "created_at")),
        "agreements": sorted(Agreement.objects.values_list("pk", "status", "starts_on", "ends_on")),
        "meetings": sorted(Meeting.objects.values_list("pk", "held_on", "discussed")),
        "schemes": sorted(Scheme.objects.values_list("programme_key", "max_active_per_mentee")),
    }


@pytest.mark.django_db
def test_demo_mentoring(settings, client):
    settings.DEBUG = True
    call_command("seed_demo")
    countries = "".join(MentorProfile.objects.values_list("countries", flat=True))
    assert all(f",{code}," in countries or f"{code}," in countries for code in ("KG", "KZ", "UZ"))
    assert {"KZ", "UZ"} <= set(MentorProfile.objects.values_list("user__country", flat=True))
    waiting = Request.objects.get(status=Request.Status.PENDING)
    assert waiting.mentor.email == "saule@demo.tendik.kg" and "Таласта" in waiting.goals
    school = ProgrammePage.objects.get(slug="women-leaders-school", locale__language_code="ky")
    agreement = Agreement.objects.get(status=Agreement.Status.ACTIVE)
    assert agreement.scheme.programme_key == school.translation_key
    assert agreement.mentor.full_name == "Бүбүсара Орозбекова"
    assert agreement.meetings.count() == 2
    first = snapshot()
    seed_mentoring()
    assert snapshot() == first
    client.force_login(agreement.mentee)
    page = client.get(f"/ky/community/mentoring/agreements/{agreement.pk}/").content.decode()
    assert "Ат-Башы айыл өкмөтүнүн быйылкы бюджетин" in page
    listing = client.get("/ky/community/mentoring/?country=UZ").content.decode()
    assert "Нодира Юсупова" in listing and "Сауле Жумабаева" not in listing
