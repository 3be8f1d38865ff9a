"""Participants: light records with the consent signed on paper, added once to a session,
similar names offered, merges that keep both histories and can be undone, sensitive groups
kept from trainers, and the claim of a record with its printed code."""

import json

import pytest
from django.urls import reverse

from audit.models import AuditEntry
from people.personal_data import personal_data
from tests.factories import UserFactory
from tests.trainings.conftest import days_from
from trainings.limits import CLAIM_FAILURES_PER_ACCOUNT
from trainings.models import Participant, Registration
from trainings.services import (
    TrainingRefused,
    participant_claim,
    participant_create,
    participant_for_account,
    participant_merge,
    participant_register,
    participant_unmerge,
    participants_duplicates,
    participants_similar,
)


def add_url(session):
    return reverse("trainings:participants_add", args=[session.pk])


NEW = {
    "action": "new",
    "full_name": "Гүлнара  Асанова",
    "gender": "woman",
    "birth_year": "1984",
    "region": "naryn",
    "settlement": "Кочкор",
    "settlement_type": "rural",
    "consent": "on",
}


def test_a_trainer_adds_a_person_without_an_account(client_for, session, trainer):
    client = client_for(trainer)
    response = client.post(add_url(session), {**NEW, "once": "x"})
    assert response.status_code == 302
    participant = Participant.objects.get()
    assert participant.full_name == "Гүлнара Асанова"
    assert participant.user is None
    assert participant.consent_recorded_by == trainer
    assert participant.consent_recorded_at is not None
    assert len(participant.claim_code) == 11
    assert session.registrations.get().participant == participant
    page = client.get(reverse("trainings:session_detail", args=[session.pk])).content.decode()
    assert "Гүлнара Асанова" in page


def test_a_double_click_adds_her_once(client_for, session, trainer):
    client = client_for(trainer)
    client.post(add_url(session), {**NEW, "once": "same"})
    client.post(add_url(session), {**NEW, "once": "same"})
    assert Participant.objects.count() == 1
    assert Registration.objects.count() == 1


def test_no_record_without_the_signed_consent(client_for, session, trainer):
    with pytest.raises(TrainingRefused):
        participant_create(by=trainer, full_name="Айгүл", consent=False)
    data = {key: value for key, value in NEW.items() if key != "consent"}
    page = client_for(trainer).post(add_url(session), data).content.decode()
    assert "маалымат эскертүүсүнө кол койгондо гана" in page
    assert not Participant.objects.exists()


def test_a_participant_added_twice_is_refused(session, trainer, light):
    participant = light()
    participant_register(session=session, participant=participant, by=trainer)
    with pytest.raises(TrainingRefused) as refused:
        participant_register(session=session, participant=participant, by=trainer)
    assert str(refused.value) == "Гүлнара Асанова бул тренингдин катышуучусу болуп катталган."
    assert Registration.objects.count() == 1


def test_an_account_added_twice_by_email_is_refused_on_the_page(client_for, session, trainer):
    person = UserFactory(full_name="Бермет Токтогулова")
    client = client_for(trainer)
    client.post(add_url(session), {"action": "account", "email": person.email, "once": "1"})
    page = client.post(
        add_url(session),
        {"action": "account", "email": person.email.upper(), "once": "2"},
        follow=True,
    ).content.decode()
    assert "Бермет Токтогулова бул тренингдин катышуучусу болуп катталган." in page
    assert Registration.objects.get().participant.user == person


def test_a_full_session_is_refused(make_session, trainer, light):
    session = make_session(capacity=1)
    participant_register(session=session, participant=light(), by=trainer)
    with pytest.raises(TrainingRefused):
        participant_register(session=session, participant=light("Айжан Бекова"), by=trainer)


def test_a_similar_name_in_the_same_settlement_is_offered(client_for, session, trainer, light):
    known = light("Гүлнара Асанова")
    client = client_for(trainer)
    page = client.post(
        add_url(session), {**NEW, "full_name": "Асанова Гулнара", "once": "1"}
    ).content.decode()
    assert "Ал ушулардын бириби?" in page
    assert "Гүлнара Асанова" in page
    assert Participant.objects.count() == 1
    # She is the same person: added with one click.
    client.post(add_url(session), {"action": "known", "participant": known.pk, "once": "2"})
    assert session.registrations.get().participant == known
    # Someone else of that name: a new record all the same.
    client.post(
        add_url(session),
        {**NEW, "full_name": "Асанова Гулнара", "not_similar": "1", "once": "3"},
    )
    assert Participant.objects.count() == 2


def test_similar_names_are_found_in_her_settlement_only(light):
    light("Гүлнара Асанова", settlement="Кочкор")
    light("Гүлнара Асанова", settlement="Нарын")
    light("Чолпон Бакирова", settlement="Кочкор")
    found = participants_similar(full_name="асанова гулнара", settlement="кочкор")
    assert [(s.participant.full_name, s.participant.settlement) for s in found] == [
        ("Гүлнара Асанова", "Кочкор")
    ]


def test_merge_keeps_both_histories_and_undo(client_for, make_session, trainer, coordinator, light):
    first_session = make_session()
    second_session = make_session(days=days_from(10))
    first, twice = light("Гүлнара Асанова"), light("Асанова Гулнара")
    participant_register(session=first_session, participant=first, by=trainer)
    participant_register(session=second_session, participant=twice, by=trainer)
    assert [(p.first, p.second) for p in participants_duplicates()] == [(first, twice)]
    with pytest.raises(TrainingRefused):
        participant_merge(source=twice, target=first, by=trainer)

    client = client_for(coordinator)
    client.post(reverse("trainings:merge"), {"source": twice.pk, "target": first.pk, "once": "m"})
    twice.refresh_from_db()
    assert twice.merged_into == first
    assert Participant.objects.count() == 2  # kept, not deleted
    assert participants_duplicates() == []
    page = client.get(reverse("trainings:participant_detail", args=[first.pk])).content.decode()
    assert page.count("Кочкор ·") == 2  # both sessions in her history
    assert "Асанова Гулнара" in page
    # Added again under the merged record: it counts as the one it was merged into.
    with pytest.raises(TrainingRefused):
        participant_register(session=first_session, participant=twice, by=trainer)

    client.post(reverse("trainings:unmerge", args=[twice.pk]))
    twice.refresh_from_db()
    assert twice.merged_into is None
    assert list(twice.registrations.values_list("session", flat=True)) == [second_session.pk]
    assert AuditEntry.objects.filter(what__startswith="trainings.participant_").count() == 2


def test_two_accounts_are_not_merged(coordinator, trainer):
    one = participant_for_account(user=UserFactory(full_name="Айгүл Асанова"), by=trainer)
    two = participant_for_account(user=UserFactory(full_name="Айгүл Асанова"), by=trainer)
    with pytest.raises(TrainingRefused):
        participant_merge(source=one, target=two, by=coordinator)


def test_a_record_without_an_account_is_merged_into_the_one_with_it(coordinator, trainer, light):
    account = participant_for_account(user=UserFactory(), by=trainer)
    record = light()
    kept = participant_merge(source=account, target=record, by=coordinator)
    assert kept == account
    record.refresh_from_db()
    assert record.merged_into == account


def test_merge_into_itself_is_refused(coordinator, light):
    record = light()
    with pytest.raises(TrainingRefused):
        participant_merge(source=record, target=record, by=coordinator)


def test_undo_of_a_record_never_merged_changes_nothing(coordinator, light):
    record = light()
    assert participant_unmerge(participant=record, by=coordinator).merged_into is None
    assert not AuditEntry.objects.exists()


def test_trainers_never_see_or_set_sensitive_groups(
    client_for, session, trainer, coordinator, survivors, youth, light
):
    page = client_for(trainer).get(add_url(session)).content.decode()
    assert youth.name in page
    assert survivors.name not in page
    with pytest.raises(TrainingRefused):
        light(target_groups=[survivors])
    # A forged choice of the group in the form is not accepted either.
    client_for(trainer).post(add_url(session), {**NEW, "target_groups": [survivors.pk]})
    assert not Participant.objects.filter(target_groups=survivors).exists()

    participant = light(by=coordinator, target_groups=[survivors, youth])
    participant_register(session=session, participant=participant, by=trainer)
    detail = reverse("trainings:participant_detail", args=[participant.pk])
    as_trainer = client_for(trainer).get(detail).content.decode()
    assert youth.name in as_trainer and survivors.name not in as_trainer
    listing = client_for(trainer).get(reverse("trainings:session_detail", args=[session.pk]))
    assert survivors.name not in listing.content.decode()
    assert survivors.name in client_for(coordinator).get(detail).content.decode()


def test_a_participant_page_is_for_her_trainers_and_coordinators(
    client_for, session, trainer, other_trainer, light
):
    participant = light()
    detail = reverse("trainings:participant_detail", args=[participant.pk])
    assert client_for(trainer).get(detail).status_code == 404  # not in her sessions yet
    participant_register(session=session, participant=participant, by=trainer)
    assert client_for(trainer).get(detail).status_code == 200
    assert client_for(other_trainer).get(detail).status_code == 404
    assert AuditEntry.objects.filter(what="trainings.participant").count() == 1


# Claims


def test_she_claims_her_record_with_the_printed_code(client_for, session, trainer, light):
    record = light()
    participant_register(session=session, participant=record, by=trainer)
    person = UserFactory()
    typed = record.claim_code.lower().replace("-", " ").replace("a", "а")  # a Cyrillic а
    client = client_for(person)
    response = client.post(reverse("trainings:claim"), {"code": typed}, follow=True)
    record.refresh_from_db()
    assert record.user == person
    assert record.claimed_at is not None
    assert "Гүлнара Асанова" in response.content.decode()
    assert session.settlement in response.content.decode()
    data = json.loads(json.dumps(personal_data(person), default=str))
    assert data["training_participations"][0]["session_id"] == session.pk


def test_a_code_used_twice_is_refused(light):
    record = light()
    participant_claim(user=UserFactory(), code=record.claim_code)
    with pytest.raises(TrainingRefused) as refused:
        participant_claim(user=UserFactory(), code=record.claim_code)
    assert str(refused.value) == "Бул код мурун колдонулган."


def test_her_own_second_claim_changes_nothing(light):
    record, person = light(), UserFactory()
    participant_claim(user=person, code=record.claim_code)
    assert participant_claim(user=person, code=record.claim_code) == record


def test_a_claimed_record_joins_her_own(trainer, light):
    person = UserFactory()
    own = participant_for_account(user=person, by=trainer)
    record = light()
    assert participant_claim(user=person, code=record.claim_code) == own
    record.refresh_from_db()
    assert record.merged_into == own
    assert record.user == person


def test_a_wrong_code_is_refused_and_counted(db, client_for):
    person = UserFactory()
    client = client_for(person)
    page = client.post(reverse("trainings:claim"), {"code": "AAAAA-AAAAA"}).content.decode()
    assert "Бул код менен катышуучу жок." in page
    assert CLAIM_FAILURES_PER_ACCOUNT.used(str(person.pk)) == 1
    for _ in range(CLAIM_FAILURES_PER_ACCOUNT.count):
        client.post(reverse("trainings:claim"), {"code": "AAAAA-AAAAA"})
    page = client.post(reverse("trainings:claim"), {"code": "AAAAA-AAAAA"}).content.decode()
    assert "Бул код менен катышуучу жок." not in page
    assert "мүнөттөн кийин" in page or "мүнөт" in page
