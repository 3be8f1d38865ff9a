"""Who may do what on each webinar URL: anonymous, the learner, another learner, a trainer, a
coordinator."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from webinars.models import Registration
from webinars.services import registration_create

pytestmark = pytest.mark.django_db


def test_anonymous_is_sent_to_sign_in_for_every_action(webinar, client_for):
    for name in ("register", "cancel", "watched", "report"):
        response = client_for().post(reverse(f"webinars:{name}", args=[webinar.pk]))
        assert response.status_code == 302 and "sign-in" in response["Location"], name
    assert not Registration.objects.exists()


def test_another_learner_cannot_cancel_someone_elses_registration(
    webinar, learner, other_learner, client_for
):
    registration_create(user=learner, webinar=webinar)
    client_for(other_learner).post(reverse("webinars:cancel", args=[webinar.pk]))
    assert Registration.objects.get(user=learner).status == "registered"
    assert not Registration.objects.filter(user=other_learner).exists()


@pytest.mark.parametrize(
    ("who", "status"),
    [("learner", 403), ("other_learner", 403), ("trainer", 403), ("coordinator", 200)],
)
def test_report_is_for_coordinators(db, request, webinar, client_for, who, status):
    person = request.getfixturevalue(who)
    url = reverse("webinars:report", args=[webinar.pk])
    assert client_for(person).get(url).status_code == status
    assert client_for(person).get(url + "?csv=registrations").status_code == status


def test_the_calendar_file_is_public_and_carries_no_join_link(webinar, client_for, trainer):
    for person in (None, trainer):
        response = client_for(person).get(reverse("webinars:calendar", args=[webinar.pk]))
        assert response.status_code == 200 and b"zoom.example" not in response.content


def test_target_groups_are_not_shown_on_the_webinar_page(webinar, survivors, client_for):
    webinar.target_groups.set([survivors])
    webinar.save_revision().publish()
    html = client_for(UserFactory()).get(webinar.url).content.decode()
    assert survivors.name_ky not in html


def test_raising_the_capacity_promotes_the_waiting_list(
    webinar, django_capture_on_commit_callbacks
):
    people = [UserFactory() for _ in range(3)]
    for person in people:
        registration_create(user=person, webinar=webinar)
    assert Registration.objects.get(user=people[2]).status == "waiting"
    webinar.capacity = 3
    with django_capture_on_commit_callbacks(execute=True):
        webinar.save_revision().publish()
    assert Registration.objects.get(user=people[2]).status == "registered"
