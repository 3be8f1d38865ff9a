import zoneinfo
from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from tests.helpers import translated
from tests.webinars.conftest import make_webinar
from webinars.calendar import webinar_ics
from webinars.models import Registration
from webinars.selectors import in_zone, join_link_for
from webinars.services import RegistrationRefused, registration_cancel, registration_create

pytestmark = pytest.mark.django_db


def test_start_is_stored_in_utc_and_read_in_bishkek_and_warsaw(series):
    bishkek = zoneinfo.ZoneInfo("Asia/Bishkek")
    webinar = make_webinar(series, start=datetime(2026, 12, 1, 15, 0, tzinfo=bishkek))
    webinar.refresh_from_db()
    assert webinar.start.astimezone(UTC) == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert in_zone(webinar.start, "Asia/Bishkek").strftime("%H:%M") == "15:00"
    # Warsaw is UTC+1 in winter and UTC+2 in summer; Bishkek is UTC+6 all year.
    assert in_zone(webinar.start, "Europe/Warsaw").strftime("%H:%M") == "10:00"
    summer = make_webinar(series, title="Жай", start=datetime(2026, 7, 1, 15, 0, tzinfo=bishkek))
    assert in_zone(summer.start, "Europe/Warsaw").strftime("%H:%M") == "11:00"


def test_page_shows_bishkek_time_and_machine_time_for_the_viewers_zone(series, client_for):
    bishkek = zoneinfo.ZoneInfo("Asia/Bishkek")
    webinar = make_webinar(series, start=datetime(2026, 12, 1, 15, 0, tzinfo=bishkek))
    html = client_for().get(webinar.url).content.decode()
    assert "15:00" in html
    assert (
        'datetime="2026-12-01T09:00:00+00:00"' in html
    )  # the script shows it in the viewer's zone


def test_admin_entry_is_read_as_bishkek_time(series, settings):
    assert settings.TIME_ZONE == "Asia/Bishkek" and settings.USE_TZ
    naive = datetime(2026, 12, 1, 15, 0)
    webinar = make_webinar(series, start=timezone.make_aware(naive))
    assert webinar.start.astimezone(UTC).hour == 9


def test_register_then_full_then_waiting_list_promoted_in_order(
    webinar, mailoutbox, django_capture_on_commit_callbacks
):
    people = [UserFactory() for _ in range(4)]
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [registration_create(user=p, webinar=webinar).status for p in people]
    assert statuses == ["registered", "registered", "waiting", "waiting"]
    assert len(mailoutbox) == 2  # confirmations for the two with a place
    first = Registration.objects.get(user=people[0])
    with django_capture_on_commit_callbacks(execute=True):
        promoted = registration_cancel(registration=first, webinar=webinar)
    assert [r.user for r in promoted] == [people[2]]
    assert Registration.objects.get(user=people[3]).status == "waiting"
    assert len(mailoutbox) == 3 and mailoutbox[-1].to == [people[2].email]


def test_registering_twice_changes_nothing_and_the_database_refuses_a_second_row(webinar, learner):
    first = registration_create(user=learner, webinar=webinar)
    again = registration_create(user=learner, webinar=webinar)
    assert first.pk == again.pk and Registration.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            user=learner, webinar_key=webinar.translation_key, status="registered", position=9
        )


def test_registering_again_after_cancelling_goes_to_the_end(webinar, learner, other_learner):
    mine = registration_create(user=learner, webinar=webinar)
    registration_cancel(registration=mine, webinar=webinar)
    registration_create(user=other_learner, webinar=webinar)
    again = registration_create(user=learner, webinar=webinar)
    assert again.pk == mine.pk and again.status == "registered" and again.position == 3


def test_registering_after_the_start_is_refused_in_kyrgyz(series, learner, client_for):
    webinar = make_webinar(series, start=timezone.now() - timedelta(minutes=1))
    with pytest.raises(RegistrationRefused):
        registration_create(user=learner, webinar=webinar)
    response = client_for(learner).post(
        reverse("webinars:register", args=[webinar.pk]), follow=True, HTTP_ACCEPT_LANGUAGE="ky"
    )
    assert (
        translated("This webinar has already started; registration is closed.")
        in response.content.decode()
    )
    assert not Registration.objects.exists()


def test_registering_when_full_by_the_view_says_waiting_list(webinar, client_for):
    for _ in range(2):
        registration_create(user=UserFactory(), webinar=webinar)
    person = UserFactory(preferred_language="ky")
    response = client_for(person).post(reverse("webinars:register", args=[webinar.pk]), follow=True)
    assert Registration.objects.get(user=person).status == "waiting"
    assert (
        translated(
            "All places are taken: you are on the waiting list. We will email you if a place frees."
        )
        in response.content.decode()
    )


def test_anonymous_cannot_register(webinar, client_for):
    response = client_for().post(reverse("webinars:register", args=[webinar.pk]))
    assert response.status_code == 302 and "sign" in response["Location"]
    assert not Registration.objects.exists()


def test_join_link_only_for_registered_people_from_n_minutes_before(
    webinar, learner, other_learner, client_for
):
    registration = registration_create(user=learner, webinar=webinar)
    early = webinar.start - timedelta(minutes=webinar.join_opens_minutes + 1)
    soon = webinar.start - timedelta(minutes=webinar.join_opens_minutes - 1)
    assert join_link_for(learner, webinar, registration, now=early) == ""
    assert join_link_for(learner, webinar, registration, now=soon) == webinar.join_url
    assert (
        join_link_for(learner, webinar, registration, now=webinar.end + timedelta(minutes=1)) == ""
    )
    # On the page: three days before, nobody sees it; 10 minutes before, only the registered.
    for person in (None, learner, other_learner):
        assert webinar.join_url not in client_for(person).get(webinar.url).content.decode()
    webinar.start = timezone.now() + timedelta(minutes=10)
    webinar.save_revision().publish()
    assert webinar.join_url in client_for(learner).get(webinar.url).content.decode()
    for person in (None, other_learner):
        assert webinar.join_url not in client_for(person).get(webinar.url).content.decode()


def test_waiting_person_never_sees_the_join_link(series, learner):
    webinar = make_webinar(series, capacity=0, start=timezone.now() + timedelta(minutes=5))
    registration = registration_create(user=learner, webinar=webinar)
    assert registration.status == "waiting"
    assert join_link_for(learner, webinar, registration) == ""


def test_ics_is_in_utc_without_the_join_link(webinar, client_for):
    response = client_for().get(reverse("webinars:calendar", args=[webinar.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert webinar.start.astimezone(UTC).strftime("DTSTART:%Y%m%dT%H%M%SZ") in body
    assert "zoom.example" not in body
    assert all(len(line.encode()) <= 75 for line in webinar_ics(webinar, "x" * 200).split("\r\n"))


def test_cancel_by_view(webinar, learner, client_for):
    registration_create(user=learner, webinar=webinar)
    client_for(learner).post(reverse("webinars:cancel", args=[webinar.pk]))
    assert Registration.objects.get(user=learner).status == "cancelled"


def _unfolded(ics: str) -> list[str]:
    """The content lines as a calendar reads them: CRLF ends a line, CRLF + space continues it."""
    return ics.replace("\r\n ", "").split("\r\n")


def test_a_line_break_in_the_title_cannot_add_lines_to_the_ics(series):
    webinar = make_webinar(series, title="Зомбулук\r\nATTENDEE:evil; a, b\\c\rEND:VEVENT")
    ics = webinar_ics(webinar, "https://tendik.kg/x")
    lines = _unfolded(ics)
    assert not [line for line in lines if line.startswith(("ATTENDEE", "END:VEVENT\\"))]
    assert "\r" not in ics.replace("\r\n", "")  # no bare CR a calendar might read as a line end
    assert "\n" not in ics.replace("\r\n", "")
    assert "SUMMARY:Зомбулук\\nATTENDEE:evil\\; a\\, b\\\\cEND:VEVENT" in lines
    assert lines.count("END:VEVENT") == 1


def test_a_long_kyrgyz_title_is_folded_without_splitting_a_letter(series):
    title = "Үй-бүлөлүк зомбулуктун алдын алуу: мыйзам, кызматтар жана жардам көрсөтүү " * 3
    ics = webinar_ics(make_webinar(series, title=title.strip()), "https://tendik.kg/x")
    physical = ics.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in physical)  # each decodes: no split letter
    assert any(line.startswith(" ") for line in physical)
    assert "SUMMARY:" + title.strip().replace(",", "\\,") in _unfolded(ics)
