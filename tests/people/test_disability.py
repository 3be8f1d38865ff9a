"""The Washington Group short set in the profile (issue 17.2): optional answers she saves and
clears, the recommended cut-off, her data file, and nobody but her, coordinators and
administrators seeing them."""

import json

import pytest
from django.conf import settings

from people import disability
from people.disability import status
from people.models import FUNCTIONING_FIELDS, Difficulty, User
from tests.factories import UserFactory
from tests.helpers import translated

PROFILE = "/ky/account/"
NONE_AT_ALL = dict.fromkeys(FUNCTIONING_FIELDS, Difficulty.NONE)
INTRODUCTION = (
    "The next questions ask about difficulties you may have doing certain activities because "
    "of a health problem."
)
# The WG-SS in its official English wording.
QUESTIONS = [
    "Do you have difficulty seeing, even if wearing glasses?",
    "Do you have difficulty hearing, even if using a hearing aid?",
    "Do you have difficulty walking or climbing steps?",
    "Do you have difficulty remembering or concentrating?",
    "Do you have difficulty with self-care, such as washing all over or dressing?",
    "Using your usual language, do you have difficulty communicating, for example "
    "understanding or being understood?",
]


def profile_form(person, **changes):
    data = {
        "email": person.email,
        "full_name": person.full_name,
        "gender": person.gender,
        "region": person.region,
        "settlement_type": person.settlement_type,
        "preferred_language": person.preferred_language,
        **{name: getattr(person, name) for name in FUNCTIONING_FIELDS},
    }
    data.update(changes)
    return data


def answers(person):
    return User.objects.filter(pk=person.pk).values(*FUNCTIONING_FIELDS).get()


@pytest.fixture
def answered(db):
    """A learner who has a lot of difficulty hearing and some difficulty seeing."""
    return UserFactory(
        full_name="Бүбүсара Орозбекова",
        **{**NONE_AT_ALL, "wg_hearing": Difficulty.A_LOT, "wg_seeing": Difficulty.SOME},
    )


# status(): the WG recommended cut-off


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, "no"),  # all six: no difficulty
        ({"wg_seeing": "some", "wg_remembering": "some"}, "no"),  # "some" is under the cut-off
        ({"wg_walking": "a_lot"}, "yes"),
        ({"wg_communicating": "cannot"}, "yes"),
        ({"wg_self_care": "cannot", "wg_hearing": "a_lot"}, "yes"),
        ({"wg_hearing": ""}, ""),  # five of six, none severe: not known
        ({"wg_hearing": "unsaid"}, ""),  # refused one, none severe: not known
        ({"wg_hearing": "", "wg_seeing": "a_lot"}, "yes"),  # one severe is enough
        ({"wg_hearing": "unsaid", "wg_walking": "cannot"}, "yes"),
        (dict.fromkeys(FUNCTIONING_FIELDS, ""), ""),  # nothing answered
        (dict.fromkeys(FUNCTIONING_FIELDS, "unsaid"), ""),  # prefer not to say, all six
    ],
)
def test_status_follows_the_recommended_cut_off(changes, expected):
    values = {**NONE_AT_ALL, **changes}
    assert status(values) == expected
    assert status(User(**values)) == expected


def test_status_of_a_mapping_without_the_fields_is_not_known():
    assert status({}) == ""
    assert status({"wg_seeing": None}) == ""


def test_the_database_expression_agrees_with_status(db):
    cases = [
        {},
        {"wg_walking": "a_lot"},
        {"wg_hearing": "unsaid"},
        {"wg_seeing": "", "wg_hearing": "cannot"},
        dict.fromkeys(FUNCTIONING_FIELDS, ""),
    ]
    people = [UserFactory(**{**NONE_AT_ALL, **changes}) for changes in cases]
    counted = dict(
        User.objects.filter(pk__in=[p.pk for p in people])
        .annotate(disability=disability.status_expression())
        .values_list("pk", "disability")
    )
    assert counted == {person.pk: status(person) for person in people}
    assert sorted(counted.values()) == ["", "", "no", "yes", "yes"]


# The profile form


def test_the_profile_asks_the_six_questions_in_kyrgyz_as_optional(client_for, learner):
    html = client_for(learner).get(PROFILE).content.decode()
    assert translated("Difficulties in everyday activities (optional)") in html
    assert translated(INTRODUCTION) in html
    for question in QUESTIONS:
        assert translated(question) in html
    for answer in ("No, no difficulty", "Yes, a lot of difficulty", "Cannot do at all"):
        assert translated(answer) in html
    assert translated("Not answered") in html
    assert "trainers never do" not in html  # the explanation is in Kyrgyz
    assert translated("Prefer not to say") in html


def test_the_profile_asks_them_in_russian(client_for, learner):
    html = client_for(learner).get("/ru/account/").content.decode()
    assert "Испытываете ли вы трудности со зрением, даже если носите очки?" in html
    assert "Да, большие трудности" in html
    assert translated("Difficulties in everyday activities (optional)", "ru") in html


def test_sign_up_does_not_ask_them(db, client):
    html = client.get("/ky/account/sign-up/").content.decode()
    assert 'name="wg_seeing"' not in html


def test_she_saves_her_answers_and_clears_them(client_for, learner):
    client = client_for(learner)
    response = client.post(
        PROFILE,
        profile_form(learner, wg_seeing="some", wg_walking="cannot", wg_hearing="unsaid"),
    )
    assert response.status_code == 302
    assert answers(learner) == {
        "wg_seeing": "some",
        "wg_hearing": "unsaid",
        "wg_walking": "cannot",
        "wg_remembering": "",
        "wg_self_care": "",
        "wg_communicating": "",
    }
    learner.refresh_from_db()
    assert status(learner) == "yes"
    html = client.get(PROFILE).content.decode()
    assert '<option value="cannot" selected>' in html

    response = client.post(PROFILE, profile_form(learner, **dict.fromkeys(FUNCTIONING_FIELDS, "")))
    assert response.status_code == 302
    assert set(answers(learner).values()) == {""}


def test_profile_saved_without_the_questions_keeps_nothing_and_breaks_nothing(client_for, learner):
    form = {
        key: value for key, value in profile_form(learner).items() if key not in FUNCTIONING_FIELDS
    }
    assert client_for(learner).post(PROFILE, form).status_code == 302
    assert set(answers(learner).values()) == {""}


def test_an_answer_outside_the_scale_is_refused_in_kyrgyz(client_for, learner):
    response = client_for(learner).post(PROFILE, profile_form(learner, wg_seeing="blind"))
    assert response.status_code == 200
    assert (
        translated("Select a valid choice. %(value)s is not one of the available choices.")
        % {"value": "blind"}
        in response.content.decode()
    )
    assert answers(learner)["wg_seeing"] == ""


def test_a_coordinator_saving_her_account_in_the_admin_keeps_her_answers(
    client_for, coordinator, answered
):
    page = f"/admin/users/edit/{answered.pk}/"
    client = client_for(coordinator)
    assert client.get(page).status_code == 200
    assert 'name="wg_hearing"' not in client.get(page).content.decode()
    response = client.post(
        page,
        {
            "email": answered.email,
            "full_name": "Бүбүсара Орозбекова-Асанова",
            "gender": answered.gender,
            "region": answered.region,
            "settlement_type": answered.settlement_type,
            "preferred_language": answered.preferred_language,
            "is_active": "on",
            "groups": list(answered.groups.values_list("pk", flat=True)),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    answered.refresh_from_db()
    assert answered.full_name == "Бүбүсара Орозбекова-Асанова"
    assert answered.wg_hearing == Difficulty.A_LOT


# Her data file, and its erasure


def test_her_data_file_holds_her_answers(client_for, answered):
    response = client_for(answered).get("/ky/account/my-data/")
    profile = json.loads(response.content)["profile"]
    assert profile["wg_hearing"] == "a_lot"
    assert profile["wg_seeing"] == "some"
    assert {name: profile[name] for name in FUNCTIONING_FIELDS} == answers(answered)


def test_the_data_notice_tells_of_the_questions_and_has_a_new_version(db, client):
    html = client.get("/ky/data-notice/").content.decode()
    assert translated("Difficulties in everyday activities") in html
    assert settings.DATA_NOTICE_VERSION in html
    assert settings.DATA_NOTICE_VERSION != "2026-12"


def test_deleting_her_account_erases_her_answers(client_for, answered):
    client_for(answered).post("/ky/account/delete/", {"password": "x"})  # wrong: nothing happens
    assert User.objects.filter(pk=answered.pk).exists()
    from tests.factories import PASSWORD

    client_for(answered).post("/ky/account/delete/", {"password": PASSWORD})
    assert not User.objects.filter(pk=answered.pk).exists()
    assert not User.objects.filter(wg_hearing=Difficulty.A_LOT).exists()


# Who sees them


def shows_answers(html: str, language: str = "ky") -> bool:
    return any(
        translated(text, language) in html
        for text in ("Yes, a lot of difficulty", "difficulty hearing", "With a disability")
    )


@pytest.mark.parametrize("viewer", ["coordinator", "administrator"])
def test_coordinators_and_administrators_see_them_on_her_page(
    request, client_for, answered, viewer
):
    html = client_for(request.getfixturevalue(viewer)).get(f"/ky/people/{answered.pk}/")
    html = html.content.decode()
    assert translated("With a disability") in html
    assert translated("difficulty hearing").capitalize() in html
    assert translated("Yes, a lot of difficulty") in html


@pytest.mark.parametrize("viewer", ["trainer", "other_learner"])
def test_a_trainer_or_another_learner_cannot_open_her_page(request, client_for, answered, viewer):
    response = client_for(request.getfixturevalue(viewer)).get(f"/ky/people/{answered.pk}/")
    assert response.status_code == 403
    assert not shows_answers(response.content.decode())


def test_her_trainer_never_sees_them_on_the_sessions_pages(client_for, world):
    learner = world.people["learner"]
    User.objects.filter(pk=learner.pk).update(
        **{**NONE_AT_ALL, "wg_hearing": Difficulty.A_LOT, "wg_walking": Difficulty.CANNOT}
    )
    session = world.training_session
    mine = session.registrations.get(participant__user=learner).participant
    day = world.training_day
    trainer = client_for(world.people["trainer"])
    pages = [
        f"/ky/trainings/{session.pk}/",
        f"/ky/trainings/participants/{mine.pk}/",
        f"/ky/trainings/participants/{mine.pk}/edit/",
        f"/ky/trainings/{session.pk}/attendance/{day.pk}/",
    ]
    for page in pages:
        response = trainer.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert learner.full_name in html, page
        assert not shows_answers(html), page
        assert "wg_" not in html, page
    member = client_for(world.people["other_learner"]).get(f"/ky/community/members/{learner.pk}/")
    assert not shows_answers(member.content.decode())


# The changed notice: asked again


def test_who_agreed_to_the_old_notice_is_asked_to_agree_to_the_new_one(client_for, learner):
    from people.models import Consent

    Consent.objects.create(user=learner, notice_version="2026-12")
    client = client_for(learner)
    due = translated(
        "The data notice has changed: it now tells of the optional questions on difficulties in "
        "everyday activities."
    )
    assert due in client.get(PROFILE).content.decode()
    notice = client.get("/ky/data-notice/").content.decode()
    assert translated("I have read the data notice and agree to it.") in notice

    for _ in range(2):  # a double submit records one consent
        response = client.post("/ky/data-notice/agree/")
        assert response.status_code == 302
        assert response["Location"] == "/ky/account/"
    assert list(learner.consents.values_list("notice_version", flat=True)) == [
        settings.DATA_NOTICE_VERSION,
        "2026-12",
    ]
    assert due not in client.get(PROFILE).content.decode()
    notice = client.get("/ky/data-notice/").content.decode()
    assert translated("I have read the data notice and agree to it.") not in notice


def test_who_signs_up_now_is_not_asked_again(client, db):
    client.post(
        "/ky/account/sign-up/",
        {
            "email": "jyldyz@example.kg",
            "full_name": "Жылдыз Көкөева",
            "gender": "woman",
            "region": "naryn",
            "settlement_type": "rural",
            "preferred_language": "ky",
            "password1": "Теңдик-2026-жаз",
            "password2": "Теңдик-2026-жаз",
            "consent": "on",
        },
    )
    person = User.objects.get(email="jyldyz@example.kg")
    assert list(person.consents.values_list("notice_version", flat=True)) == [
        settings.DATA_NOTICE_VERSION
    ]
    assert "data-notice/agree" not in client.get("/ky/data-notice/").content.decode()


def test_a_stranger_cannot_agree_for_anyone(client, db):
    response = client.post("/ky/data-notice/agree/")
    assert response.status_code == 302
    assert response["Location"].startswith("/ky/account/sign-in/")
    assert client.get("/ky/data-notice/agree/").status_code in (302, 405)
