"""Every learning URL as anonymous, another learner, a trainer and a coordinator."""

import pytest

from courses.models import Enrolment
from courses.services import enrolment_create, lesson_mark_done
from people.roles import Role
from tests.factories import UserFactory


@pytest.fixture
def aigul(course, lessons):
    person = UserFactory(full_name="Айгүл Төлөгөнова")
    enrolment_create(user=person, course=course)
    lesson_mark_done(user=person, lesson=lessons[0])
    return person


def test_anonymous_is_sent_to_sign_in_everywhere(client, course, lessons):
    for method, url in [
        ("get", "/ky/learning/"),
        ("post", f"/ky/learning/courses/{course.pk}/enrol/"),
        ("post", f"/ky/learning/courses/{course.pk}/leave/"),
        ("post", f"/ky/learning/lessons/{lessons[0].pk}/done/"),
    ]:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/ky/account/sign-in/")
    assert not Enrolment.objects.exists()


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER, Role.COORDINATOR])
def test_others_never_see_or_change_her_learning(client_for, aigul, course, lessons, role):
    other = UserFactory(role=role)
    client = client_for(other)
    page = client.get("/ky/learning/").content.decode()
    assert course.title not in page  # My learning lists only one's own enrolments
    client.post(f"/ky/learning/courses/{course.pk}/leave/")
    client.post(f"/ky/learning/lessons/{lessons[1].pk}/done/")
    enrolment = Enrolment.objects.get(user=aigul)
    assert enrolment.is_active and enrolment.progress.count() == 1
    assert not Enrolment.objects.filter(user=other).exists()


def test_learning_pages_only_need_get_or_post_as_meant(client_for, aigul, lessons):
    client = client_for(aigul)
    assert client.get(f"/ky/learning/lessons/{lessons[1].pk}/done/").status_code == 405
    assert Enrolment.objects.get(user=aigul).progress.count() == 1
