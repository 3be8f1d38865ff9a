"""Trainer qualification (issue 14.6): the trainer-of-trainers course alone makes a pending
qualification; a coordinator, or the lead trainer of a session she co-delivered, confirms her
practicum, and only then is she a trainer who may lead sessions of the course."""

import pytest
from django.apps import apps
from django.urls import reverse

from audit.models import AuditEntry
from courses.models import CoursePage, TrainerQualification
from courses.selectors import is_trainer_of
from courses.services import trainer_qualify
from people.roles import Role, roles_of
from tests.factories import UserFactory, build_course
from tests.trainings.conftest import SESSION, days_from
from trainings.models import Practicum
from trainings.services import (
    TrainingRefused,
    participant_for_account,
    participant_register,
    practicum_confirm,
    session_create,
    session_hold,
)


@pytest.fixture
def tot(catalogue, course, other_trainer):
    tot = build_course(catalogue, title="Тренерлерди даярдоо", modules=1, lessons=1, track="tot")
    tot.qualifies_for.add(course)
    tot.trainers.add(other_trainer)
    tot.save_revision().publish()
    return tot


@pytest.fixture
def graduate(tot):
    person = UserFactory(role=Role.LEARNER)
    return trainer_qualify(user=person, course=tot)


def fresh(user):
    user.refresh_from_db()
    user.__dict__.pop("_tendik_roles", None)
    return user


def test_the_tot_course_alone_makes_a_pending_qualification(graduate, course, other_trainer):
    person = fresh(graduate.user)
    assert graduate.status == TrainerQualification.Status.PENDING
    assert graduate.trained_by == other_trainer  # the ToT course's trainer
    assert Role.TRAINER not in roles_of(person)
    assert not is_trainer_of(person, CoursePage.objects.get(pk=course.pk))


def test_a_coordinator_confirms_her_practicum(graduate, course, coordinator):
    practicum_confirm(qualification=graduate, by=coordinator, note="Кочкордо биргелешип өттү")
    graduate.refresh_from_db()
    person = fresh(graduate.user)
    assert graduate.status == TrainerQualification.Status.QUALIFIED
    assert graduate.qualified_by == coordinator
    assert graduate.qualified_at is not None
    assert Role.TRAINER in roles_of(person)
    assert is_trainer_of(person, CoursePage.objects.get(pk=course.pk))
    assert Practicum.objects.get(qualification=graduate).note == "Кочкордо биргелешип өттү"
    assert AuditEntry.objects.get(what="trainings.practicum").actor == coordinator
    # Now she leads sessions of the course.
    session_create(by=person, course=course, lead_trainer=person, days=days_from(1), **SESSION)


def test_nobody_confirms_her_own_practicum(graduate):
    with pytest.raises(TrainingRefused) as refused:
        practicum_confirm(qualification=graduate, by=graduate.user)
    assert str(refused.value) == "Эч ким өзүнүн практикасын өзү тастыктабайт."
    graduate.refresh_from_db()
    assert graduate.status == TrainerQualification.Status.PENDING


def test_a_coordinator_with_a_pending_qualification_does_not_confirm_her_own(tot, coordinator):
    own = trainer_qualify(user=coordinator, course=tot)
    with pytest.raises(TrainingRefused):
        practicum_confirm(qualification=own, by=coordinator)


def test_the_lead_trainer_of_a_session_she_co_delivered_confirms(
    client_for, graduate, session, trainer, other_trainer
):
    person = graduate.user
    # Not her co-trainer yet: refused.
    with pytest.raises(TrainingRefused):
        practicum_confirm(qualification=graduate, by=trainer, session=session)
    session.co_trainers.add(person)
    # Held first: a planned session is no practicum.
    with pytest.raises(TrainingRefused):
        practicum_confirm(qualification=graduate, by=trainer, session=session)
    session_hold(session=session, by=trainer)
    # Another trainer, not the session's lead, cannot.
    with pytest.raises(TrainingRefused):
        practicum_confirm(qualification=graduate, by=other_trainer, session=session)
    client = client_for(trainer)
    page = client.get(reverse("trainings:qualifications")).content.decode()
    assert person.full_name in page
    client.post(
        reverse("trainings:qualification_confirm", args=[graduate.pk]),
        {"session": session.pk, "once": "q"},
    )
    graduate.refresh_from_db()
    assert graduate.status == TrainerQualification.Status.QUALIFIED
    assert graduate.qualified_by == trainer
    assert graduate.practicum.session == session
    assert Role.TRAINER in roles_of(fresh(person))


def test_a_trainer_does_not_confirm_without_a_session(graduate, trainer):
    with pytest.raises(TrainingRefused):
        practicum_confirm(qualification=graduate, by=trainer)


def test_a_session_of_another_course_is_no_practicum(catalogue, graduate, trainer, coordinator):
    other = build_course(catalogue, title="Башка курс", modules=1, lessons=1)
    other.trainers.add(trainer)
    other.save_revision().publish()
    session = session_create(
        by=trainer, course=other, lead_trainer=trainer, days=days_from(0), **SESSION
    )
    session.co_trainers.add(graduate.user)
    session_hold(session=session, by=trainer)
    with pytest.raises(TrainingRefused):
        practicum_confirm(qualification=graduate, by=trainer, session=session)


def test_trained_by_is_the_lead_of_the_tot_session_she_took_part_in(tot, coordinator, trainer):
    tot.trainers.add(trainer)
    tot.save_revision().publish()
    person = UserFactory(role=Role.LEARNER)
    tot_session = session_create(
        by=trainer, course=tot, lead_trainer=trainer, days=days_from(0), **SESSION
    )
    participant_register(
        session=tot_session,
        participant=participant_for_account(user=person, by=trainer),
        by=trainer,
    )
    session_hold(session=tot_session, by=trainer)
    qualification = TrainerQualification.objects.create(user=person, course_key=tot.translation_key)
    practicum_confirm(qualification=qualification, by=coordinator)
    qualification.refresh_from_db()
    assert qualification.trained_by == trainer


def test_qualifications_granted_before_the_rule_stay_qualified(graduate):
    from importlib import import_module

    migration = import_module("courses.migrations.0007_trainer_qualification_practicum")
    migration.keep_existing_qualified(apps, None)
    graduate.refresh_from_db()
    assert graduate.status == TrainerQualification.Status.QUALIFIED
