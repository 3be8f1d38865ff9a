"""Coordinators set the library's topics in the admin; a learner or a moderator cannot. A topic
is named in the reader's language, in Kyrgyz where that one is not written."""

import pytest
from django.utils import translation

from library.models import Topic


@pytest.mark.django_db
def test_a_coordinator_adds_a_topic_in_the_admin(people, client_for):
    client = client_for(people["coordinator"])
    assert client.get("/admin/snippets/library/topic/").status_code == 200
    response = client.post(
        "/admin/snippets/library/topic/add/",
        {
            "name_ky": "Экономикалык укуктар",
            "name_ru": "Экономические права",
            "name_en": "",
            "approval_required": "on",
        },
    )
    assert response.status_code == 302
    topic = Topic.objects.get()
    assert topic.approval_required
    with translation.override("ru"):
        assert topic.name == "Экономические права"
    with translation.override("en"):
        assert topic.name == "Экономикалык укуктар"


@pytest.mark.django_db
def test_members_and_moderators_do_not_set_topics(people, client_for):
    for person in ("author", "moderator"):
        response = client_for(people[person]).get("/admin/snippets/library/topic/add/")
        assert response.status_code in (302, 403), person
    assert not Topic.objects.exists()
