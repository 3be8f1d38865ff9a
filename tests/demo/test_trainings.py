import pytest

from certificates.models import Certificate
from demo.seed.certificates import seed_certificate_template
from demo.seed.courses import seed_courses
from demo.seed.home import seed_home_pages
from demo.seed.people import seed_people
from demo.seed.trainings import CONTENT, seed_trainings
from people.models import User
from trainings.cascade import cascade_of
from trainings.models import Attendance, Participant, Registration, Session


def seed():
    seed_home_pages()
    seed_people()
    seed_certificate_template()
    seed_courses()
    return seed_trainings()


def snapshot():
    return {
        "sessions": sorted(Session.objects.values_list("pk", "status", "settlement")),
        "participants": sorted(Participant.objects.values_list("pk", "full_name", "user_id")),
        "registrations": sorted(Registration.objects.values_list("pk", "completed_at")),
        "attendance": sorted(Attendance.objects.values_list("pk", "present", "hours")),
        "certificates": sorted(Certificate.objects.values_list("pk", "training_registration_id")),
    }


def session_in(settlement: str) -> Session:
    return Session.objects.get(settlement=settlement)


@pytest.mark.django_db
def test_the_master_trainers_cascade_reaches_three_trainers_and_their_participants():
    seed()
    master = User.objects.get(email="master@demo.tendik.kg")
    cascade = cascade_of(master)
    # Three generations: the master trainer, the three she qualified, the people they reached.
    assert [g.number for g in cascade.generations] == [0, 1]
    assert {node.name for node in cascade.root.children} == {
        "Мээрим Өскөнбаева",
        "Дилноза Үмөталиева",
        "Төлөбек Кеңешов",
    }
    trained = cascade.generations[1]
    assert trained.trainers == 3 and trained.sessions == 2  # Batken's is still planned
    assert trained.reached.value > 30


@pytest.mark.django_db
def test_sixty_people_a_third_without_an_account_in_planned_held_and_closed_sessions(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):  # closing issues the certificates
        seed()
    village = Participant.objects.filter(
        registrations__session__settlement__in=("Ат-Башы", "Ош", "Самаркандык")
    )
    assert village.count() == 60
    assert village.filter(user__isnull=True).count() == 20
    assert village.filter(user__isnull=True).exclude(phone="").exists()
    names = "".join(village.values_list("full_name", flat=True))
    assert all(letter in names for letter in "ңүө")
    assert session_in("Самаркандык").status == Session.Status.PLANNED
    assert session_in("Самаркандык").registrations.count() == 18
    osh = session_in("Ош")
    assert osh.status == Session.Status.HELD
    assert Attendance.objects.filter(registration__session=osh, present=True).count() > 30
    naryn = session_in("Ат-Башы")
    assert naryn.status == Session.Status.CLOSED
    completed = naryn.registrations.filter(completed_at__isnull=False)
    # Two of the 22 came only one of the two days.
    assert completed.count() == 20
    assert set(
        Certificate.objects.filter(training_registration__session=naryn).values_list(
            "training_registration_id", flat=True
        )
    ) == set(completed.values_list("pk", flat=True))
    dialogue = Session.objects.get(settlement="Кочкор")
    assert dialogue.status == Session.Status.HELD
    assert dialogue.registrations.filter(participant__user__email="learner@demo.tendik.kg")


@pytest.mark.django_db
def test_the_trainers_are_qualified_by_the_master_and_seeding_twice_changes_nothing():
    seed()
    first = snapshot()
    for email in CONTENT["trainees"]:
        qualification = User.objects.get(email=email).qualifications.get()
        assert qualification.is_qualified
        assert qualification.trained_by.email == "master@demo.tendik.kg"
    seed_trainings()
    assert snapshot() == first
