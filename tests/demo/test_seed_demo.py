import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from courses.models import Enrolment, LessonProgress
from demo.seed.people import ACCOUNTS, DEMO_PASSWORD
from people.models import Consent, TargetGroup, User
from people.roles import Role, roles_of
from programmes.models import ProgrammeEnrolment
from trainings.models import Attendance, Participant, Registration, Session


def snapshot():
    return {
        "people": sorted(User.objects.values_list("email", "password", "full_name", "region")),
        "memberships": sorted(
            User.target_groups.through.objects.values_list("user_id", "targetgroup_id")
        ),
        "roles": sorted(User.groups.through.objects.values_list("user_id", "group_id")),
        "pages": sorted(Page.objects.values_list("id", "title", "live", "locale__language_code")),
        "revisions": Revision.objects.count(),
        "groups": TargetGroup.objects.count(),
        "consents": Consent.objects.count(),
        "enrolments": sorted(
            Enrolment.objects.values_list("user_id", "course_key", "status", "completed_at")
        ),
        "progress": sorted(LessonProgress.objects.values_list("enrolment_id", "lesson_key")),
        "sessions": sorted(Session.objects.values_list("pk", "status", "lead_trainer_id")),
        "participants": sorted(Participant.objects.values_list("pk", "full_name", "user_id")),
        "registrations": sorted(Registration.objects.values_list("pk", "completed_at")),
        "attendance": Attendance.objects.count(),
        "programme_enrolments": sorted(
            ProgrammeEnrolment.objects.values_list("user_id", "programme_key", "completed_at")
        ),
    }


@pytest.mark.django_db
def test_demo_twice_changes_nothing(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out and "coordinator@demo.tendik.kg" in out


@pytest.mark.django_db
def test_demo_has_one_account_per_role_and_realistic_people(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    for role in Role:
        person = User.objects.get(email=next(a["email"] for a in ACCOUNTS if a["role"] == role))
        assert role in roles_of(person)
        assert person.check_password(DEMO_PASSWORD)
    names = "".join(User.objects.values_list("full_name", flat=True))
    assert all(letter in names for letter in "ҮүӨөң")
    assert User.objects.filter(settlement_type="rural").exists()
    assert User.objects.filter(settlement_type="urban").exists()
    assert User.objects.values("region").distinct().count() >= 5
    diaspora = User.objects.get(region="abroad", country="PL")
    assert diaspora.country == "PL" and diaspora.target_groups.filter(slug="diaspora").exists()


@pytest.mark.django_db
def test_demo_home_pages_in_three_languages(settings, client):
    settings.DEBUG = True
    call_command("seed_demo")
    assert "гендердик теңчилик" in client.get("/ky/").content.decode()
    assert "гендерного равенства" in client.get("/ru/").content.decode()
    assert "gender equality" in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_demo_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(Exception, match="DEBUG"):
        call_command("seed_demo")
    assert not User.objects.exists()
