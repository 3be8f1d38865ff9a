"""The cascade's counts are right the moment after a change (issue 14.7): the stored reach
(trainings.reach) is kept by the services that record attendance (a day, an imported file),
merge, unmerge, claim and correct a record and change a session's lead trainer, and
by receivers for an account's profile and target groups. No cache, no waiting."""

import pytest

from courses.models import TrainerQualification
from people.services import person_update_profile
from tests.factories import UserFactory
from tests.trainings.conftest import days_from
from trainings.attendance import AttendanceRow, attendance_record, attendance_record_days
from trainings.cascade import cascade_of
from trainings.models import ReachedPerson
from trainings.services import (
    participant_claim,
    participant_for_account,
    participant_merge,
    participant_register,
    participant_unmerge,
    participant_update,
    session_update,
)


@pytest.fixture
def master(trainer):
    """`trainer` (the course's) was trained by the master trainer."""
    master = UserFactory(role="Trainer", full_name="Мастер")
    TrainerQualification.objects.create(
        user=trainer,
        course_key="00000000-0000-4000-8000-000000000014",
        status=TrainerQualification.Status.QUALIFIED,
        trained_by=master,
    )
    return master


def reached(master, trainer=None) -> int:
    """People reached in the master's cascade (or by one of its trainers), as stored."""
    cascade = cascade_of(master)
    if trainer is not None:
        return cascade.nodes[trainer.pk].reached
    return cascade.reached.value


def register(session, people, by):
    return [participant_register(session=session, participant=one, by=by) for one in people]


def sign(session, registrations, by, *, present=True, day=None):
    day = day or session.days.first()
    rows = [AttendanceRow(registration_id=r.pk, present=present) for r in registrations]
    attendance_record(session=session, day=day, rows=rows, by=by)


@pytest.fixture
def six(session, light, trainer):
    """Six people registered for the trainer's session, none signed yet."""
    return register(session, [light(f"Катышуучу {n}") for n in range(6)], trainer)


def test_attendance_counts_the_moment_it_is_recorded(master, trainer, session, six):
    assert reached(master) == 0
    sign(session, six[:5], trainer)
    sign(session, six[5:], trainer, present=False)
    assert reached(master) == 5 and reached(master, trainer) == 5
    sign(session, six[5:], trainer)  # she came after all
    assert reached(master) == 6
    sign(session, six[:1], trainer, present=False)  # typed present by mistake
    assert reached(master) == 5


def test_an_imported_file_counts_the_moment_it_is_confirmed(master, trainer, make_session, light):
    session = make_session(days=days_from(0, count=2))
    first, second = session.days.all()
    people = register(session, [light(f"Катышуучу {n}") for n in range(7)], trainer)
    attendance_record_days(
        session=session,
        days={
            first.pk: [AttendanceRow(registration_id=r.pk, present=True) for r in people[:4]],
            second.pk: [AttendanceRow(registration_id=r.pk, present=True) for r in people[2:6]],
        },
        by=trainer,
    )
    assert reached(master) == 6  # two days, each person once; the seventh never came


def test_merge_unmerge_and_claim_count_at_once(
    master, trainer, coordinator, session, make_session, light
):
    """The same woman typed twice, at two of the trainer's sessions: two people until merged,
    one after, two again when the merge is undone; claimed by her account, she is one person
    with her account's profile."""
    first = light("Назгүл Асанова")
    copy = light("Назгул Асанова")
    sign(session, register(session, [first], trainer), trainer)
    later = make_session(days=days_from(3))
    sign(later, register(later, [copy], trainer), trainer)
    assert reached(master) == 2
    participant_merge(source=copy, target=first, by=coordinator)
    assert reached(master) == 1 and reached(master, trainer) == 1
    participant_unmerge(participant=copy, by=coordinator)
    assert reached(master) == 2
    # She signs up and claims both records; her account says Osh, the records Naryn.
    account = UserFactory(role="Learner", region="osh")
    participant_claim(user=account, code=first.claim_code)
    participant_claim(user=account, code=copy.claim_code)
    assert reached(master) == 1
    assert list(ReachedPerson.objects.values_list("person", "region")) == [(-account.pk, "osh")]


def test_a_claim_into_her_own_record_counts_her_once(master, trainer, session, make_session, light):
    account = UserFactory(role="Learner", region="talas")
    own = participant_for_account(user=account, by=trainer)
    sign(session, register(session, [own], trainer), trainer)
    typed = light("Жылдыз")
    later = make_session(days=days_from(3))
    sign(later, register(later, [typed], trainer), trainer)
    assert reached(master) == 2
    participant_claim(user=account, code=typed.claim_code)
    assert reached(master) == 1


def test_a_new_lead_trainer_takes_the_people_at_once(
    master, trainer, other_trainer, coordinator, course, session, six
):
    sign(session, six, trainer)
    course.trainers.add(other_trainer)
    course.save_revision().publish()
    TrainerQualification.objects.create(
        user=other_trainer,
        course_key="00000000-0000-4000-8000-000000000016",
        status=TrainerQualification.Status.QUALIFIED,
        trained_by=master,
    )
    session_update(session=session, by=coordinator, lead_trainer=other_trainer)
    assert reached(master, trainer) == 0
    assert reached(master, other_trainer) == 6
    assert reached(master) == 6


def test_her_corrected_record_and_her_profile_count_at_once(master, trainer, session, light):
    record = light("Гүлнара", gender="woman")
    account = UserFactory(role="Learner", region="naryn", gender="woman")
    hers = participant_for_account(user=account, by=trainer)
    sign(session, register(session, [record, hers], trainer), trainer)
    participant_update(participant=record, by=trainer, gender="man", region="chuy")
    person_update_profile(person=account, region="batken", birth_year=1990)
    stored = dict(ReachedPerson.objects.values_list("person", "region"))
    assert stored == {record.pk: "chuy", -account.pk: "batken"}
    assert ReachedPerson.objects.get(person=-account.pk).birth_year == 1990
