"""Every page carries a Content-Security-Policy and a Permissions-Policy; staff sessions end
after a time without activity, learners' do not; the access log keeps no query string and no
reset token."""

import time
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.urls import reverse

from h5p.views import PLAYER_CSP
from lms.accesslog import AccessLogger
from lms.middleware import STAFF_SEEN_KEY
from tests.helpers import translated


def policy(response) -> dict[str, str]:
    directives = (
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    return {name: value for name, value in directives}


@pytest.fixture
def pages(client_for, learner, coordinator, course):
    return {
        "course": (client_for(learner), course.url),
        "account": (client_for(learner), "/ky/account/"),
        "sign-in": (client_for(), "/ky/account/sign-in/"),
        "admin": (client_for(coordinator), "/admin/pages/"),
    }


@pytest.mark.parametrize("name", ["course", "account", "sign-in", "admin"])
def test_every_page_carries_both_policies(pages, name):
    client, url = pages[name]
    response = client.get(url)

    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert "camera=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("name", ["course", "account", "sign-in"])
def test_the_site_s_own_pages_allow_no_inline_script_or_style(pages, name):
    client, url = pages[name]
    directives = policy(client.get(url))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"


def test_the_h5p_player_keeps_its_stricter_policy(client_for, learner, h5p_lesson, enrolled):
    _course, lesson, block_id = h5p_lesson
    response = client_for(learner).get(reverse("h5p:player", args=[lesson.pk, block_id]))
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == PLAYER_CSP
    assert "camera=()" in response["Permissions-Policy"]


def _go_idle(client, seconds):
    session = client.session
    session[STAFF_SEEN_KEY] = int(time.time()) - seconds
    session.save()


@pytest.mark.parametrize("role", ["trainer", "coordinator", "administrator"])
def test_staff_are_signed_out_after_the_idle_time(db, client_for, request, role):
    staff = request.getfixturevalue(role)
    client = client_for(staff)
    assert client.get("/admin/").status_code == 200
    assert STAFF_SEEN_KEY in client.session

    _go_idle(client, settings.STAFF_IDLE_SECONDS - 120)
    assert client.get("/admin/").status_code == 200  # not yet

    _go_idle(client, settings.STAFF_IDLE_SECONDS + 1)
    response = client.get("/ky/account/", follow=True)
    assert "_auth_user_id" not in client.session
    assert response.redirect_chain[-1][0].startswith("/ky/account/sign-in/")
    assert translated("You were signed out after a time without activity.") in response.text


def test_a_learner_keeps_her_session(client_for, learner):
    client = client_for(learner)
    assert client.get("/ky/account/").status_code == 200
    assert STAFF_SEEN_KEY not in client.session
    session = client.session
    session[STAFF_SEEN_KEY] = int(time.time()) - 30 * 24 * 3600
    session.save()

    assert client.get("/ky/account/").status_code == 200
    assert "_auth_user_id" in client.session


def _logged(path: str, query: str = "", referer: str = "-") -> dict:
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{path}?{query}" if query else path,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "HTTP_REFERER": referer,
        "REMOTE_ADDR": "203.0.113.7",
    }
    response = SimpleNamespace(status="200 OK", sent=10, headers=[])
    request = SimpleNamespace(headers=[("REFERER", referer)])
    logger = AccessLogger.__new__(AccessLogger)
    return logger.atoms(response, request, environ, SimpleNamespace(seconds=0, microseconds=5))


def test_the_access_log_keeps_no_sensitive_filter_nor_reset_token():
    register = _logged(
        "/ru/certificates/register/",
        "target_group=7&region=naryn",
        referer="https://tendik.kg/ru/certificates/register/?target_group=7",
    )
    assert "target_group" not in str(register)
    assert register["r"] == "GET /ru/certificates/register/ HTTP/1.1"

    reset = _logged("/ky/account/password-reset/MTI/cz2x4a-0123456789abcdef0123456789abcdef/")
    assert "cz2x4a" not in str(reset)
    assert reset["U"] == "/ky/account/password-reset/MTI/-/"
    # The page it redirects to, which has no token, is logged as it is.
    kept = _logged("/ky/account/password-reset/MTI/set-password/")
    assert kept["U"] == "/ky/account/password-reset/MTI/set-password/"
