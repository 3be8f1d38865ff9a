"""Mentoring's rules, as the people see them (in Kyrgyz) and as they are stored."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.once import FIELD
from mentoring import selectors, services
from mentoring.models import Agreement, Feedback, Meeting, MentorProfile, Request, Scheme
from outbox.models import OutgoingEmail
from people.regions import Region
from tests.factories import UserFactory
from tests.mentoring.conftest import agree, make_mentor

pytestmark = pytest.mark.django_db


def signed_in(person) -> Client:
    client = Client()
    client.force_login(person)
    return client


def page(client, url) -> str:
    return client.get(url, follow=True).content.decode()


def accept_data(**fields):
    today = timezone.localdate()
    data = {
        "answer": "Кубанычтамын",
        "goals": "Жетекчилик",
        "starts_on": today.isoformat(),
        "ends_on": services.add_months(today, 2).isoformat(),
        "frequency": "fortnightly",
    }
    data.update(fields)
    return data


def test_a_member_becomes_a_mentor_by_filling_her_profile(people):
    client = signed_in(people["other"])
    response = client.post(
        reverse("mentoring:profile"),
        {
            "expertise": ["leadership", "career"],
            "languages": ["ky"],
            "countries": ["KG", "KZ"],
            "capacity": "2",
            "is_open": "on",
            "availability": "Жекшемби",
            FIELD: "a",
        },
        follow=True,
    )
    assert "Насаатчы профилиңиз сакталды." in response.content.decode()
    profile = MentorProfile.objects.get(user=people["other"])
    assert (profile.expertise, profile.countries, profile.capacity) == (
        ",leadership,career,",
        ",KG,KZ,",
        2,
    )
    assert "Казакстан" in page(client, reverse("mentoring:mentors") + "?country=KZ")


def test_the_list_filters_and_odd_query_strings_never_fail(people, mentor):
    kz = make_mentor(
        expertise=",career,",
        languages=",kk,ru,",
        countries=",KZ,",
        user={"full_name": "Асель Нурланова"},
    )
    client = signed_in(people["mentee"])
    assert "Асель Нурланова" in page(client, reverse("mentoring:mentors") + "?country=KZ")
    assert "Гүлнара Асанова" not in page(client, reverse("mentoring:mentors") + "?country=KZ")
    assert "Гүлнара Асанова" in page(
        client, reverse("mentoring:mentors") + "?expertise=local_government&language=ky"
    )
    assert "Асель Нурланова" not in page(client, reverse("mentoring:mentors") + "?language=ky")
    # (A NUL anywhere is the site's middleware's 400, before the view.)
    assert client.get(reverse("mentoring:mentors") + "?expertise=%00").status_code == 400
    for odd in (
        "?country=%C2%B2&language=<script>",
        "?expertise=" + "x" * 5000,
        "?country[]=KG",
    ):
        response = client.get(reverse("mentoring:mentors") + odd)
        assert response.status_code == 200, odd
    assert kz.user.full_name in page(client, reverse("mentoring:mentors") + "?country=XX")


def test_the_list_reads_a_fixed_number_of_queries(people, django_assert_max_num_queries):
    client = signed_in(people["mentee"])
    for _ in range(3):
        make_mentor()
    with django_assert_max_num_queries(16) as few:
        client.get(reverse("mentoring:mentors"))
    for _ in range(30):
        make_mentor()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("mentoring:mentors"))
    assert response.content.decode().count('href="/ky/community/mentoring/mentors/') >= 30


def test_a_request_reaches_the_mentor_by_email_in_her_language(people, mentor):
    mentor.preferred_language = "ru"
    mentor.save()
    client = signed_in(people["mentee"])
    response = client.post(
        reverse("mentoring:request_send", args=[mentor.pk]),
        {"goals": "Шайлоого даярдануу", FIELD: "r"},
        follow=True,
    )
    assert "Өтүнүчүңүз жөнөтүлдү." in response.content.decode()
    request = Request.objects.get(mentee=people["mentee"])
    email = OutgoingEmail.objects.get(to=mentor.email)
    assert email.language == "ru"
    assert email.subject == "Запрос на наставничество ждёт вашего ответа"
    assert (
        "Шайлоого даярдануу" in email.body
        and f"/ru/community/mentoring/requests/{request.pk}/" in email.body
    )


def test_a_double_click_sends_one_request(people, mentor):
    client = signed_in(people["mentee"])
    for _ in range(2):
        client.post(
            reverse("mentoring:request_send", args=[mentor.pk]),
            {"goals": "Бир жолу", FIELD: "same"},
        )
    assert Request.objects.filter(mentee=people["mentee"]).count() == 1


def test_a_blocked_member_cannot_ask_the_mentor_who_blocked_her(people, mentor):
    client = signed_in(people["blocked"])
    response = client.post(
        reverse("mentoring:request_send", args=[mentor.pk]),
        {"goals": "Сураныч", FIELD: "b"},
        follow=True,
    )
    assert "Бул насаатчы сизден өтүнүч кабыл албайт." in response.content.decode()
    assert not Request.objects.filter(mentee=people["blocked"]).exists()


def test_a_suspended_member_is_refused_through_a_stale_form(people, mentor):
    client = signed_in(people["suspended"])
    response = client.post(
        reverse("mentoring:request_send", args=[mentor.pk]),
        {"goals": "Эски форма", FIELD: "s"},
        follow=True,
    )
    assert (
        "чейин убактылуу четтетилгенсиз" in response.content.decode()
        and not Request.objects.filter(mentee=people["suspended"]).exists()
    )
    with pytest.raises(services.MentoringRefused):
        services.request_send(mentee=people["suspended"], mentor=mentor, goals="Түз эле")


def test_the_mentor_accepts_into_an_agreement_and_the_mentee_is_told(people, mentor, pending):
    client = signed_in(mentor)
    response = client.post(
        reverse("mentoring:accept", args=[pending.pk]), {**accept_data(), FIELD: "x"}, follow=True
    )
    text = response.content.decode()
    assert "Сиз өтүнүчтү кабыл алдыңыз. Макулдашууңуз башталды." in text
    agreement = Agreement.objects.get(request=pending)
    assert (agreement.mentee, agreement.frequency, agreement.status) == (
        people["mentee"],
        "fortnightly",
        "active",
    )
    email = OutgoingEmail.objects.get(to=people["mentee"].email)
    assert email.subject == "Насаатчылыкка өтүнүчүңүз кабыл алынды"


@pytest.mark.parametrize("months", [0, 7])
def test_an_agreement_lasts_one_to_six_months(people, mentor, pending, months):
    client = signed_in(mentor)
    today = timezone.localdate()
    end = services.add_months(today, months) if months else today + datetime.timedelta(days=20)
    response = client.post(
        reverse("mentoring:accept", args=[pending.pk]),
        {**accept_data(ends_on=end.isoformat()), FIELD: "m"},
        follow=True,
    )
    assert "Макулдашуу бир айдан алты айга чейин созулат" in response.content.decode()
    assert not Agreement.objects.exists()
    pending.refresh_from_db()
    assert pending.status == Request.Status.PENDING


def test_a_mentor_never_exceeds_her_capacity(people, mentor, pending):
    agree(pending)
    second = services.request_send(mentee=people["other"], mentor=mentor, goals="Мен дагы")
    client = signed_in(mentor)
    response = client.post(
        reverse("mentoring:accept", args=[second.pk]), {**accept_data(), FIELD: "c"}, follow=True
    )
    assert (
        "Профилиңиз уруксат берген сандагы насаат алуучуларыңыз бар (1)."
        in response.content.decode()
    )
    assert Agreement.objects.filter(mentor=mentor).count() == 1


def test_a_mentee_has_at_most_the_allowed_agreements_and_a_programme_may_allow_more(
    people, mentor, pending, agreement, settings
):
    with pytest.raises(services.MentoringRefused, match="уруксат берилген сандагы активдүү"):
        agree(pending)
    settings.MENTORING_MAX_ACTIVE_PER_MENTEE = 2
    assert agree(pending).status == Agreement.Status.ACTIVE
    # Under a programme that allows one, a third is refused even though the site allows more.
    settings.MENTORING_MAX_ACTIVE_PER_MENTEE = 5
    school = Scheme.objects.create(
        programme_key="6f1c1c8e-3c39-4a43-9d7a-2d0d3e5c1a11", max_active_per_mentee=2
    )
    third = make_mentor().user
    request = services.request_send(
        mentee=people["mentee"], mentor=third, goals="Мектеп", scheme=school
    )
    with pytest.raises(services.MentoringRefused):
        agree(request)


def test_decline_with_a_message_and_withdraw(people, mentor, pending):
    client = signed_in(mentor)
    client.post(
        reverse("mentoring:decline", args=[pending.pk]), {"answer": "Азыр бош эмесмин", FIELD: "d"}
    )
    pending.refresh_from_db()
    assert (pending.status, pending.answer) == ("declined", "Азыр бош эмесмин")
    assert (
        OutgoingEmail.objects.get(to=people["mentee"].email).subject
        == "Насаатчылыкка өтүнүчүңүз четке кагылды"
    )
    again = services.request_send(mentee=people["mentee"], mentor=mentor, goals="Дагы бир жолу")
    response = signed_in(people["mentee"]).post(
        reverse("mentoring:withdraw", args=[again.pk]), {FIELD: "w"}, follow=True
    )
    assert "Сиз өтүнүчүңүздү кайтарып алдыңыз." in response.content.decode()
    again.refresh_from_db()
    assert again.status == "withdrawn"
    with pytest.raises(services.MentoringRefused):
        agree(again)


def test_the_meeting_log_is_the_pairs_and_the_coordinators_only_with_both_consents(
    people, agreement
):
    coordinator = signed_in(people["coordinator"])
    url = reverse("mentoring:agreement", args=[agreement.pk])
    assert "Айылдык кеңештин отуруму" not in page(coordinator, url)
    assert "Айылдык кеңештин отуруму" in page(signed_in(people["mentee"]), url)
    assert signed_in(people["other"]).get(url).status_code == 404
    assert signed_in(people["moderator"]).get(url).status_code == 404
    signed_in(people["mentee"]).post(
        reverse("mentoring:consent", args=[agreement.pk]), {"shares": "yes", FIELD: "1"}
    )
    assert "Айылдык кеңештин отуруму" not in page(coordinator, url)
    signed_in(agreement.mentor).post(
        reverse("mentoring:consent", args=[agreement.pk]), {"shares": "yes", FIELD: "2"}
    )
    assert "Айылдык кеңештин отуруму" in page(coordinator, url)
    signed_in(people["mentee"]).post(
        reverse("mentoring:consent", args=[agreement.pk]), {"shares": "no", FIELD: "3"}
    )
    assert "Айылдык кеңештин отуруму" not in page(coordinator, url)
    agreement.refresh_from_db()
    assert (agreement.mentor_shares, agreement.mentee_shares) == (True, False)


def test_a_meeting_is_logged_by_either_side_once_it_took_place(people, agreement):
    client = signed_in(people["mentee"])
    url = reverse("mentoring:meeting_add", args=[agreement.pk])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(
        url, {"held_on": tomorrow.isoformat(), "discussed": "Келечек", FIELD: "f"}, follow=True
    )
    assert "Жолугушуу өткөндөн кийин гана жазылат." in response.content.decode()
    responses = [
        client.post(
            url,
            {"held_on": timezone.localdate().isoformat(), "discussed": "Бюджет сабагы", FIELD: "t"},
            follow=True,
        )
        for _ in range(2)
    ]
    assert "Жолугушуу жазылды." in responses[0].content.decode()
    assert (
        Meeting.objects.filter(agreement=agreement).count() == 2
    )  # the fixture's and this one, once


def test_ending_asks_both_for_feedback_once_each(people, agreement):
    mentee = signed_in(people["mentee"])
    response = mentee.post(reverse("mentoring:end", args=[agreement.pk]), {FIELD: "e"}, follow=True)
    assert "Макулдашуу аяктады. Кыскача пикириңизди калтырыңыз." in response.content.decode()
    assert OutgoingEmail.objects.filter(subject="Насаатчылык макулдашууңуз аяктады").count() == 2
    url = reverse("mentoring:feedback", args=[agreement.pk])
    mentee.post(url, {"rating": "5", "note": "Абдан пайдалуу", FIELD: "f1"})
    response = mentee.post(url, {"rating": "1", FIELD: "f2"}, follow=True)
    assert "Сиз пикир бердиңиз: 5тен 5." in response.content.decode()
    signed_in(agreement.mentor).post(url, {"rating": "4", FIELD: "f3"})
    assert sorted(Feedback.objects.values_list("rating", flat=True)) == [4, 5]
    with pytest.raises(services.MentoringRefused, match="пикириңизди берип койгонсуз"):
        services.feedback_give(agreement, user=people["mentee"], rating=3, note="")
    response = mentee.post(
        reverse("mentoring:meeting_add", args=[agreement.pk]),
        {"held_on": timezone.localdate().isoformat(), "discussed": "Кеч", FIELD: "z"},
        follow=True,
    )
    assert Meeting.objects.filter(agreement=agreement).count() == 1


def test_agreements_end_at_their_end_date(people, agreement):
    today = timezone.localdate()
    Agreement.objects.filter(pk=agreement.pk).update(
        starts_on=services.add_months(today, -3), ends_on=today - datetime.timedelta(days=1)
    )
    assert services.end_due() == 1
    agreement.refresh_from_db()
    assert agreement.status == "ended" and agreement.ended_by is None
    assert services.end_due() == 0


def test_a_coordinator_proposes_a_match_and_marks_a_mentor(people, mentor):
    client = signed_in(people["coordinator"])
    client.post(reverse("mentoring:mark"), {"person": people["other"].email, FIELD: "k"})
    marked = MentorProfile.objects.get(user=people["other"])
    assert marked.marked_by == people["coordinator"]
    response = client.post(
        reverse("mentoring:propose"),
        {
            "mentor": mentor.email,
            "mentee": people["mentee"].email,
            "note": "Экөөңөр Нарындансыңар",
            FIELD: "p",
        },
        follow=True,
    )
    assert "Жуп сунушталды: насаатчы жооп берет." in response.content.decode()
    proposal = Request.objects.get(kind=Request.Kind.PROPOSAL)
    assert (proposal.mentor, proposal.mentee, proposal.proposed_by) == (
        mentor,
        people["mentee"],
        people["coordinator"],
    )
    assert (
        OutgoingEmail.objects.filter(subject="Координатор насаатчылык жубун сунуштайт").count() == 2
    )
    response = client.post(
        reverse("mentoring:propose"),
        {"mentor": mentor.email, "mentee": people["blocked"].email, "note": "Жок", FIELD: "q"},
        follow=True,
    )
    assert "Бул насаатчы сизден өтүнүч кабыл албайт." in response.content.decode()


def test_counts_by_country_gender_and_programme(people, agreement):
    school = Scheme.objects.create(
        programme_key="6f1c1c8e-3c39-4a43-9d7a-2d0d3e5c1a11", max_active_per_mentee=2
    )
    abroad = UserFactory(region=Region.ABROAD, country="KZ", gender="man")
    mentor = make_mentor().user
    request = services.request_send(mentee=abroad, mentor=mentor, goals="Алматы", scheme=school)
    agree(request)
    numbers = selectors.counts()
    assert numbers["pairs"]["country"] == {"KG": 1, "KZ": 1}
    assert numbers["pairs"]["gender"] == {"woman": 1, "man": 1}
    assert numbers["pairs"]["programme"] == {"": 1, str(school.programme_key): 1}
    assert numbers["meetings"]["country"] == {"KG": 1}
    text = page(signed_in(people["coordinator"]), reverse("mentoring:counts"))
    assert "Насаат алуучунун жынысы боюнча" in text and "&lt;5" in text
    assert ">1<" not in text  # a count under five is never shown


def test_another_member_never_sees_anothers_requests(people, pending):
    with translation.override("ky"):
        url = reverse("mentoring:mine")
    assert "Гүлнара Асанова" in page(signed_in(people["mentee"]), url)
    assert "Гүлнара Асанова" not in page(signed_in(people["other"]), url)
    assert (
        signed_in(people["other"]).get(reverse("mentoring:request", args=[pending.pk])).status_code
        == 404
    )


def test_an_expelled_member_is_refused_every_page(people, mentor):
    from community.models import Sanction

    Sanction.objects.create(
        member=people["other"], kind=Sanction.Kind.EXPULSION, reason="Алдамчылык"
    )
    client = signed_in(people["other"])
    for url in (reverse("mentoring:mentors"), reverse("mentoring:mentor", args=[mentor.pk])):
        assert client.get(url).status_code == 403
    client.post(reverse("mentoring:request_send", args=[mentor.pk]), {"goals": "Акча", FIELD: "x"})
    assert not Request.objects.filter(mentee=people["other"]).exists()


def test_a_member_accepts_the_guidelines_before_she_asks(people, mentor):
    from wagtail.models import Page

    from community.models import GuidelinesPage

    Page.objects.get(depth=2).add_child(
        instance=GuidelinesPage(title="Эрежелер", slug="rules", body="<p>Урматтоо</p>", version=1)
    )
    client = signed_in(people["other"])
    response = client.post(
        reverse("mentoring:request_send", args=[mentor.pk]), {"goals": "Сураныч", FIELD: "g"}
    )
    assert response["Location"] == reverse("community:guidelines")
    assert not Request.objects.filter(mentee=people["other"]).exists()


def test_the_agreement_page_reads_a_fixed_number_of_queries(
    people, agreement, django_assert_max_num_queries
):
    client = signed_in(people["mentee"])
    url = reverse("mentoring:agreement", args=[agreement.pk])
    with django_assert_max_num_queries(20) as few:
        client.get(url)
    for n in range(30):
        Meeting.objects.create(
            agreement=agreement, held_on=timezone.localdate(), discussed=f"Жолугушуу {n}"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert "Жолугушуу 29" in response.content.decode()


def test_her_data_file_holds_her_mentoring(people, agreement, pending):
    import json

    from people.personal_data import personal_data

    data = json.loads(json.dumps(personal_data(people["mentee"]), default=str))
    assert {row["goals"] for row in data["mentoring_requests"]} == {"Жетекчилик", pending.goals}
    assert data["mentoring_agreements"][0]["pk"] == agreement.pk
    assert data["mentoring_meetings"][0]["discussed"] == "Айылдык кеңештин отуруму"
    other = json.loads(json.dumps(personal_data(people["other"]), default=str))
    assert not other["mentoring_requests"] and not other["mentoring_meetings"]
    mentor = json.loads(json.dumps(personal_data(pending.mentor), default=str))
    assert mentor["mentor_profile"][0]["capacity"] == 1
    assert "goals" not in mentor["mentoring_requests"][0]  # the mentee's words are hers


def test_a_coordinator_sets_a_programmes_allowance(people, catalogue, course, settings):
    from programmes.blocks import Kind, Rule
    from programmes.services import programme_enrol
    from tests.factories import build_programme

    school = build_programme(catalogue, [(Rule.ALL, 1, False, [(Kind.COURSE, course)])])
    client = signed_in(people["coordinator"])
    url = reverse("mentoring:scheme")
    client.post(url, {"programme": school.pk, "max_active_per_mentee": "2", FIELD: "s1"})
    response = client.post(
        url, {"programme": school.pk, "max_active_per_mentee": "3", FIELD: "s2"}, follow=True
    )
    assert "Программа боюнча насаатчылык сакталды." in response.content.decode()
    scheme = Scheme.objects.get(programme_key=school.translation_key)
    assert scheme.max_active_per_mentee == 3
    listed = page(client, reverse("mentoring:coordinate"))
    assert "Лидерлер мектеби: насаат алуучунун бир убакта 3 насаатчысы болушу мүмкүн" in listed
    bad = client.post(url, {"programme": "²", "max_active_per_mentee": "99", FIELD: "s3"})
    assert bad.status_code == 302 and Scheme.objects.count() == 1
    # Her request under the school she follows counts against the school's allowance.
    mentee = people["mentee"]
    programme_enrol(user=mentee, programme=school)
    mentors = [make_mentor().user for _ in range(4)]
    for n, mentor in enumerate(mentors):
        signed_in(mentee).post(
            reverse("mentoring:request_send", args=[mentor.pk]),
            {"goals": "Мектеп", "scheme": str(scheme.pk), FIELD: f"r{n}"},
        )
    requests = list(Request.objects.filter(mentee=mentee, scheme=scheme))
    assert len(requests) == 4
    for request in requests[:3]:
        agree(request)
    with pytest.raises(services.MentoringRefused, match=r"\(3\)"):
        agree(requests[3])


def test_a_mentor_who_blocked_her_is_not_listed_and_script_is_text(people, mentor):
    MentorProfile.objects.filter(user=mentor).update(about="<script>alert(1)</script>")
    listing = reverse("mentoring:mentors")
    assert "Гүлнара Асанова" in page(signed_in(people["other"]), listing)
    assert "Гүлнара Асанова" not in page(signed_in(people["blocked"]), listing)
    text = page(signed_in(people["other"]), reverse("mentoring:mentor", args=[mentor.pk]))
    assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)" in text


def test_a_suspended_member_may_still_withdraw_and_stop_sharing_but_not_log(people, agreement):
    from community.models import Sanction

    agreement.mentee_shares = True
    agreement.save()
    mentor = agreement.mentor
    pending = services.request_send(mentee=people["mentee"], mentor=make_mentor().user, goals="Х")
    Sanction.objects.create(
        member=people["mentee"],
        kind=Sanction.Kind.SUSPENSION,
        reason="Орой сөз",
        until=timezone.now() + datetime.timedelta(days=3),
    )
    client = signed_in(people["mentee"])
    client.post(reverse("mentoring:consent", args=[agreement.pk]), {"shares": "no", FIELD: "c"})
    client.post(reverse("mentoring:withdraw", args=[pending.pk]), {FIELD: "w"})
    response = client.post(
        reverse("mentoring:meeting_add", args=[agreement.pk]),
        {"held_on": timezone.localdate().isoformat(), "discussed": "Тыюу", FIELD: "m"},
        follow=True,
    )
    assert "чейин убактылуу четтетилгенсиз" in response.content.decode()
    agreement.refresh_from_db()
    pending.refresh_from_db()
    assert agreement.mentee_shares is False and pending.status == "withdrawn"
    assert Meeting.objects.filter(agreement=agreement).count() == 1
    assert mentor.pk != people["mentee"].pk
