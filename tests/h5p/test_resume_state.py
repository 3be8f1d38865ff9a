"""H5P's content user data: saved per learner, handed back to the player when she returns."""

import json

from django.urls import reverse

from h5p.models import H5PResult

STATE = json.dumps({"answers": [True], "progress": 1})


def urls(h5p_lesson):
    _course, lesson, block_id = h5p_lesson
    return reverse("h5p:state", args=[lesson.pk, block_id]), reverse(
        "h5p:player", args=[lesson.pk, block_id]
    )


def test_her_state_is_saved_and_given_back_to_the_player(client_for, learner, h5p_lesson, enrolled):
    state_url, player_url = urls(h5p_lesson)
    client = client_for(learner)
    response = client.post(state_url, {"data": STATE, "preload": 1, "invalidate": 0})
    assert response.json() == {"success": True}
    assert H5PResult.objects.get(enrolment=enrolled).state == STATE
    config = client.get(player_url).context["config"]
    assert config["options"]["contentUserData"] == [{"state": STATE}]
    assert client.get(state_url).json() == {"success": True, "data": STATE}


def test_h5p_may_forget_the_state(client_for, learner, h5p_lesson, enrolled):
    state_url, player_url = urls(h5p_lesson)
    client = client_for(learner)
    client.post(state_url, {"data": STATE})
    client.post(state_url, {"data": "0"})
    assert H5PResult.objects.get().state == ""
    assert "contentUserData" not in client.get(player_url).context["config"]["options"]


def test_state_is_per_learner(client_for, learner, other_learner, h5p_lesson, enrolled):
    state_url, _player_url = urls(h5p_lesson)
    client_for(learner).post(state_url, {"data": STATE})
    response = client_for(other_learner).post(state_url, {"data": "{}"})
    assert response.status_code == 403
    assert H5PResult.objects.get().state == STATE


def test_those_not_enrolled_are_not_recorded(client_for, coordinator, h5p_lesson):
    _state_url, player_url = urls(h5p_lesson)
    config = client_for(coordinator).get(player_url).context["config"]
    assert config["record"] is False
    assert "user" not in config["options"] and "ajax" not in config["options"]
