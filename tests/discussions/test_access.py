"""Every discussions URL as anonymous, a member, another member, a blocked member, a suspended
member, a moderator and a coordinator (tests/discussions/conftest.py PEOPLE)."""

import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image as PILImage

from discussions.models import Image, Post
from discussions.services import thread_create
from tests.discussions.conftest import PEOPLE
from tests.helpers import translated


def png() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(out, format="PNG")
    return out.getvalue()


def outcome(response, sign_in="/ky/account/sign-in/") -> str:
    if response.status_code == 200:
        return "ok"
    if response.status_code == 302:
        return "login" if response["Location"].startswith(sign_in) else "go"
    return {403: "no", 404: "no"}.get(response.status_code, str(response.status_code))


def check(client_for, people, url, expect, method="get", data=None):
    got = {}
    for name in PEOPLE:
        client = client_for(people[name])
        response = client.post(url, data or {}) if method == "post" else client.get(url)
        got[name] = outcome(response)
    assert " ".join(got[name] for name in PEOPLE) == " ".join(expect.split()), got


@pytest.fixture
def course_thread(course_space, people):
    return thread_create(
        space=course_space, author=people["member"], title="Сабак 1", body="Суроо бар"
    )


#                 anonymous member another blocked suspended moderator coordinator
EVERYONE = "      login     ok     ok      ok      ok        ok        ok"
COURSE_ONLY = "   login     ok     no      no      no        ok        ok"


def test_spaces_and_preferences(client_for, people, space):
    check(client_for, people, reverse("discussions:spaces"), EVERYONE)
    check(client_for, people, reverse("discussions:preferences"), EVERYONE)


def test_a_community_space_and_thread_are_every_members(client_for, people, thread):
    check(client_for, people, reverse("discussions:space", args=[thread.space_id]), EVERYONE)
    check(client_for, people, reverse("discussions:thread", args=[thread.pk]), EVERYONE)


def test_a_course_space_is_its_peoples_only(client_for, people, course, course_thread):
    space = course_thread.space
    check(client_for, people, reverse("discussions:space", args=[space.pk]), COURSE_ONLY)
    check(client_for, people, reverse("discussions:thread", args=[course_thread.pk]), COURSE_ONLY)
    check(
        client_for,
        people,
        reverse("discussions:course_space", args=[course.pk]),
        "login go no no no go go",
    )
    check(
        client_for,
        people,
        reverse("discussions:reply", args=[course_thread.pk]),
        "login go no no no go go",
        method="post",
        data={"body": "Салам"},
    )
    # The opening post and the member's and the two staff replies; the others met a 404.
    assert Post.objects.filter(thread=course_thread).count() == 4


def test_new_thread_form(client_for, people, space):
    check(
        client_for,
        people,
        reverse("discussions:thread_new", args=[space.pk]),
        "login ok ok ok go ok ok",
    )


def test_reply_to_a_community_thread(client_for, people, thread):
    before = Post.objects.filter(thread=thread).count()
    check(
        client_for,
        people,
        reverse("discussions:reply", args=[thread.pk]),
        "login go go go go go go",
        method="post",
        data={"body": "Жооп"},
    )
    authors = set(Post.objects.filter(thread=thread, body="Жооп").values_list("author", flat=True))
    assert authors == {people[n].pk for n in ("member", "another", "moderator", "coordinator")}
    assert Post.objects.filter(thread=thread).count() == before + 4


def test_edit_is_the_authors_only(client_for, people, thread):
    check(
        client_for,
        people,
        reverse("discussions:edit", args=[thread.opening_id]),
        "login ok no no no no no",
    )


def test_an_image_is_for_those_who_see_the_post(client_for, people, course_thread, thread):
    for post in (thread.opening, course_thread.opening):
        Image.objects.create(
            post=post,
            file=ContentFile(png(), name="a.png"),
            content_type="image/png",
            width=8,
            height=8,
        )
    community, course = Image.objects.order_by("pk")
    check(client_for, people, reverse("discussions:image", args=[community.pk]), EVERYONE)
    check(client_for, people, reverse("discussions:image", args=[course.pk]), COURSE_ONLY)


def test_a_hidden_thread_is_gone_for_others(client_for, people, thread):
    Post.objects.filter(pk=thread.opening_id).update(visibility="hidden")
    check(
        client_for,
        people,
        reverse("discussions:thread", args=[thread.pk]),
        "login ok no no no ok ok",
    )
    check(
        client_for,
        people,
        reverse("discussions:reply", args=[thread.pk]),
        "login go no no no go go",
        method="post",
        data={"body": "Жооп"},
    )


def test_the_thread_post_form_needs_its_fields(client_for, people, space):
    response = client_for(people["member"]).post(
        reverse("discussions:thread_new", args=[space.pk]), {"title": "", "body": ""}
    )
    assert response.status_code == 200
    # Django's message, in the Kyrgyz our catalogues give the site and the admin alike.
    assert translated("This field is required.") in response.content.decode()
