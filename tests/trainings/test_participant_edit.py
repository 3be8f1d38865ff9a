"""Correcting a light record: who may, what a trainer never sees or sets (sensitive target
groups, kept as they were), merged records and records with an account, bad input and a
double click."""

import pytest
from django.urls import reverse

from audit.models import AuditEntry
from tests.factories import UserFactory
from trainings.models import Participant
from trainings.services import (
    TrainingRefused,
    participant_for_account,
    participant_merge,
    participant_register,
    participant_update,
)

FIXED = {
    "full_name": "Гүлнара  Асанбекова",
    "gender": "woman",
    "birth_year": "1985",
    "region": "naryn",
    "settlement": "Кочкор",
    "settlement_type": "rural",
    "phone": "+996 555 123 456",
    "organisation": "Мектеп",
}


def edit_url(participant):
    return reverse("trainings:participant_edit", args=[participant.pk])


@pytest.fixture
def record(session, trainer, light):
    participant = light()
    participant_register(session=session, participant=participant, by=trainer)
    return participant


@pytest.mark.parametrize(
    ("who", "get", "post"),
    [
        ("anonymous", 302, 302),
        ("learner", 404, 404),
        ("participant", 404, 404),
        ("other_trainer", 404, 404),
        ("trainer", 200, 302),
        ("coordinator", 200, 302),
    ],
)
def test_who_may_correct_a_record(request, client_for, record, who, get, post):
    person = None
    if who == "participant":
        # She has an account and the record is hers: she changes her profile, not this.
        person = UserFactory()
        record.user = person
        record.save()
    elif who != "anonymous":
        person = request.getfixturevalue(who)
    client = client_for(person)
    response = client.get(edit_url(record))
    assert response.status_code == get
    if who == "anonymous":
        assert "/login" in response["Location"] or "sign" in response["Location"]
    response = client.post(edit_url(record), {**FIXED, "once": who})
    assert response.status_code == post
    stored = Participant.objects.get(pk=record.pk)
    if post == 302 and who in ("trainer", "coordinator"):
        assert stored.full_name == "Гүлнара Асанбекова"
        assert stored.birth_year == 1985
        assert stored.phone == "+996 555 123 456"
    else:
        assert stored.full_name == "Гүлнара Асанова"


def test_the_detail_page_links_to_the_correction(client_for, record, trainer):
    detail = reverse("trainings:participant_detail", args=[record.pk])
    assert edit_url(record) in client_for(trainer).get(detail).content.decode()


def test_the_correction_is_in_the_audit_log_once(client_for, record, trainer):
    client = client_for(trainer)
    client.post(edit_url(record), {**FIXED, "once": "same"})
    client.post(edit_url(record), {**FIXED, "once": "same"})
    entries = AuditEntry.objects.filter(what="trainings.participant_update")
    assert entries.count() == 1
    entry = entries.get()
    assert entry.actor == trainer
    assert "full_name" in entry.detail and "birth_year" in entry.detail


def test_a_sensitive_group_is_invisible_unsettable_and_kept_for_a_trainer(
    client_for, record, trainer, coordinator, survivors, youth
):
    participant_update(participant=record, by=coordinator, target_groups=[survivors])
    client = client_for(trainer)
    page = client.get(edit_url(record)).content.decode()
    assert youth.name in page
    assert survivors.name not in page
    # A forged choice is refused with a message, and nothing is written.
    page = client.post(
        edit_url(record), {**FIXED, "target_groups": [survivors.pk], "once": "a"}
    ).content.decode()
    assert Participant.objects.get(pk=record.pk).full_name == "Гүлнара Асанова"
    assert 'class="errorlist' in page
    # Her save of the record keeps the sensitive group she does not see.
    response = client.post(edit_url(record), {**FIXED, "target_groups": [youth.pk], "once": "b"})
    assert response.status_code == 302
    assert set(record.target_groups.all()) == {survivors, youth}
    with pytest.raises(TrainingRefused):
        participant_update(participant=record, by=trainer, target_groups=[survivors])


def test_a_coordinator_sees_and_sets_sensitive_groups(client_for, record, coordinator, survivors):
    client = client_for(coordinator)
    assert survivors.name in client.get(edit_url(record)).content.decode()
    client.post(edit_url(record), {**FIXED, "target_groups": [survivors.pk], "once": "c"})
    assert list(record.target_groups.all()) == [survivors]
    client.post(edit_url(record), {**FIXED, "once": "d"})
    assert not record.target_groups.exists()


def test_bad_input_is_explained_and_nothing_is_written(client_for, record, trainer):
    client = client_for(trainer)
    page = client.post(
        edit_url(record), {**FIXED, "full_name": "  ", "birth_year": "1700", "once": "e"}
    )
    assert page.status_code == 200
    text = page.content.decode()
    assert "1985" in text  # "Type a year of birth, such as 1985." in Kyrgyz keeps the example
    stored = Participant.objects.get(pk=record.pk)
    assert stored.full_name == "Гүлнара Асанова" and stored.birth_year is None
    assert not AuditEntry.objects.filter(what="trainings.participant_update").exists()


def test_a_merged_record_points_to_the_one_it_counts_as(client_for, record, coordinator, light):
    kept = light(name="Гүлнара Асанова", settlement="Кочкор")
    participant_merge(source=record, target=kept, by=coordinator)
    client = client_for(coordinator)
    response = client.get(edit_url(record), follow=True)
    text = response.content.decode()
    assert reverse("trainings:participant_detail", args=[kept.pk]) in text
    assert "Гүлнара Асанова" in text
    client.post(edit_url(record), {**FIXED, "once": "f"})
    assert Participant.objects.get(pk=record.pk).full_name == "Гүлнара Асанова"
    with pytest.raises(TrainingRefused):
        participant_update(participant=record, by=coordinator, full_name="Башка")


def test_a_record_with_an_account_offers_only_what_is_not_hers(client_for, session, trainer, youth):
    person = UserFactory(full_name="Айгүл Токтосунова")
    record = participant_for_account(user=person, by=trainer)
    participant_register(session=session, participant=record, by=trainer)
    client = client_for(trainer)
    page = client.get(edit_url(record)).content.decode()
    assert 'name="phone"' in page
    assert 'name="full_name"' not in page and 'name="target_groups"' not in page
    client.post(edit_url(record), {"full_name": "Башка", "phone": "0555 111 222", "once": "g"})
    stored = Participant.objects.get(pk=record.pk)
    assert stored.full_name == "Айгүл Токтосунова"
    assert stored.phone == "0555 111 222"
    with pytest.raises(TrainingRefused):
        participant_update(participant=record, by=trainer, full_name="Башка")
