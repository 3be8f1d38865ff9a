"""Coordinators set the community spaces in the admin; a learner cannot; a course's space is not
listed there (it is made with the course's first discussion)."""

from discussions.models import Space

ADD = "/admin/snippets/discussions/space/add/"
LIST = "/admin/snippets/discussions/space/"


def form(**fields):
    return {
        "title": "Казакстан: аялдар ишкерлиги",
        "description": "Ишкер аялдардын тажрыйбасы",
        "topic": "Ишкерлик",
        "country": "Казакстан",
        "approve_first_posts": "on",
        "posts_to_approve": "2",
        **fields,
    }


def test_a_coordinator_sets_a_community_space(client_for, coordinator, course_space):
    client = client_for(coordinator)
    assert client.post(ADD, form()).status_code == 302
    space = Space.objects.get(title="Казакстан: аялдар ишкерлиги")
    assert space.kind == Space.Kind.COMMUNITY and space.approve_first_posts
    assert space.posts_to_approve == 2
    listing = client.get(LIST).content.decode()
    assert "Казакстан: аялдар ишкерлиги" in listing
    assert course_space.title not in listing


def test_a_learner_cannot(client_for, learner):
    client = client_for(learner)
    assert client.post(ADD, form()).status_code in (302, 403)
    assert not Space.objects.filter(title="Казакстан: аялдар ишкерлиги").exists()
