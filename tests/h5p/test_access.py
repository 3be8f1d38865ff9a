"""Nobody sees what is not theirs: every H5P URL as anonymous, another learner, a trainer who
does not teach the course, the course's trainer, a coordinator and the enrolled learner."""

import gzip
import re

import pytest
from django.urls import reverse

from h5p.views import PLAYER_CSP

# 302: Django's locale middleware sends an unknown path to its /ky/ twin, which is a 404 too.
REFUSED = {302, 403, 404}


@pytest.fixture
def urls(h5p_lesson):
    _course, lesson, block_id = h5p_lesson
    args = [lesson.pk, block_id]
    return {
        "player": reverse("h5p:player", args=args),
        "manifest": reverse("h5p:package_file", args=[*args, "h5p.json"]),
        "content": reverse("h5p:package_file", args=[*args, "content/content.json"]),
        "state": reverse("h5p:state", args=args),
    }


@pytest.fixture
def course_trainer(trainer, h5p_lesson):
    course = h5p_lesson[0]
    course.trainers.add(trainer)
    course.save()
    return trainer


@pytest.fixture
def stranger_trainer(db):
    from people.roles import Role
    from tests.factories import UserFactory

    return UserFactory(role=Role.TRAINER)


def status_of(client, url, **kwargs):
    response = client.get(url, **kwargs)
    if response.streaming:
        # Read it to the end: the test client then closes it without closing the database
        # connection (calling close() directly would, on PostgreSQL).
        b"".join(response.streaming_content)
    return response.status_code


def test_learners_who_may_not_read_the_lesson_get_nothing(
    client_for, other_learner, stranger_trainer, urls, enrolled
):
    for person in (None, other_learner, stranger_trainer):
        client = client_for(person)
        for name, url in urls.items():
            assert status_of(client, url) in REFUSED, (person, name)


@pytest.mark.parametrize("who", ["learner", "course_trainer", "coordinator"])
def test_those_who_may_read_the_lesson_play_it(request, client_for, urls, enrolled, who):
    client = client_for(request.getfixturevalue(who))
    for name in ("player", "manifest", "content"):
        assert status_of(client, urls[name]) == 200, name


def test_library_files_are_for_signed_in_people_only(client_for, learner, h5p_lesson):
    url = reverse("h5p:library_file", args=["H5P.TrueFalse-1.8/library.json"])
    assert status_of(client_for(), url) == 403
    assert status_of(client_for(learner), url) == 200


def test_the_player_carries_a_strict_content_security_policy(client_for, learner, urls, enrolled):
    response = client_for(learner).get(urls["player"])
    assert response["Content-Security-Policy"] == PLAYER_CSP
    assert "default-src 'none'" in PLAYER_CSP and "script-src 'self'" in PLAYER_CSP
    assert "'unsafe-eval'" not in PLAYER_CSP
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_files_are_served_with_their_type_and_nosniff(client_for, learner, urls, enrolled):
    client = client_for(learner)
    manifest = client.get(urls["manifest"])
    assert manifest["Content-Type"] == "application/json"
    assert manifest["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in manifest["Content-Security-Policy"]
    assert b"H5P.TrueFalse" in b"".join(manifest.streaming_content)
    script = client.get(
        reverse("h5p:library_file", args=["H5P.TrueFalse-1.8/scripts/h5p-true-false.js"])
    )
    assert script["Content-Type"] == "text/javascript"
    assert script["X-Content-Type-Options"] == "nosniff"
    assert b"H5P.TrueFalse" in b"".join(script.streaming_content)


@pytest.mark.parametrize(
    "path", ["../../../etc/passwd", "content/../../h5p.json", "content%2F..%2F..%2Fx", ""]
)
def test_paths_outside_the_package_are_not_found(client_for, learner, h5p_lesson, enrolled, path):
    _course, lesson, block_id = h5p_lesson
    url = reverse("h5p:package_root", args=[lesson.pk, block_id]) + path
    assert status_of(client_for(learner), url, follow=True) == 404


def test_an_unknown_block_is_not_found(client_for, coordinator, h5p_lesson):
    _course, lesson, _block_id = h5p_lesson
    url = reverse("h5p:player", args=[lesson.pk, "no-such-block"])
    assert status_of(client_for(coordinator), url, follow=True) == 404


def test_results_are_for_the_courses_trainers_and_coordinators(
    client_for,
    learner,
    other_learner,
    stranger_trainer,
    course_trainer,
    coordinator,
    h5p_lesson,
    enrolled,
):
    _course, lesson, block_id = h5p_lesson
    for name in ("h5p_reports:results", "h5p_reports:results_csv"):
        url = reverse(name, args=[lesson.pk, block_id])
        for person in (None, learner, other_learner, stranger_trainer):
            assert status_of(client_for(person), url) == 403, (name, person)
        for person in (course_trainer, coordinator):
            assert status_of(client_for(person), url) == 200, (name, person)


def test_text_files_are_sent_compressed(client_for, learner, h5p_lesson):
    from h5p.store import library_path

    path = "H5P.TrueFalse-1.8/scripts/h5p-true-false.js"
    url = reverse("h5p:library_file", args=[path])
    response = client_for(learner).get(url, headers={"Accept-Encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    assert (
        gzip.decompress(response.content)
        == (library_path("H5P.TrueFalse-1.8").parent / path).read_bytes()
    )
    assert len(response.content) < len(gzip.decompress(response.content)) / 2


def test_each_file_costs_a_fixed_few_queries(client_for, learner, urls, enrolled):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(learner)
    library = reverse("h5p:library_file", args=["H5P.TrueFalse-1.8/library.json"])
    counts = {}
    for name, url in (("content", urls["content"]), ("library", library)):
        status_of(client, url)
        with CaptureQueriesContext(connection) as queries:
            status_of(client, url)
        counts[name] = len(queries)
    assert counts["library"] <= 1  # the signed-in user
    assert counts["content"] <= 6  # and the lesson, its course, package and enrolment


def test_behind_nginx_only_those_who_may_read_get_the_internal_redirect(
    settings, client_for, learner, other_learner, stranger_trainer, urls, enrolled
):
    """Production (core.private_files, docker/nginx.conf): Django checks, nginx sends the file."""
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    library = reverse("h5p:library_file", args=["H5P.TrueFalse-1.8/library.json"])
    for person in (None, other_learner, stranger_trainer):
        response = client_for(person).get(urls["manifest"])
        assert response.status_code in REFUSED and "X-Accel-Redirect" not in response, person
    anonymous = client_for(None).get(library)
    assert anonymous.status_code == 403 and "X-Accel-Redirect" not in anonymous

    client = client_for(learner)
    manifest = client.get(urls["manifest"], headers={"Accept-Encoding": "gzip"})
    assert manifest.status_code == 200 and manifest.content == b""
    assert re.fullmatch(
        r"/_private/h5p/content/[0-9a-f-]{36}/h5p\.json", manifest["X-Accel-Redirect"]
    )
    assert manifest["Content-Type"] == "application/json"
    assert "Content-Encoding" not in manifest  # nginx compresses
    response = client.get(library)
    assert response["X-Accel-Redirect"] == "/_private/h5p/libraries/H5P.TrueFalse-1.8/library.json"
    # content.json is rewritten in the reader's language: Django sends it.
    content = client.get(urls["content"])
    assert content.status_code == 200 and "X-Accel-Redirect" not in content
    assert content.content.startswith(b"{")
