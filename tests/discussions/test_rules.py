"""The abuse rules of issue 16 for discussions: what each person sees and what is stored."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage

from community.access import POSTING
from community.models import Sanction
from core.once import FIELD
from discussions.markdown import render
from discussions.models import Image, Post, Thread
from discussions.services import DiscussionRefused, post_create, thread_create


def jpeg_with_gps() -> bytes:
    picture = PILImage.new("RGB", (40, 30), "blue")
    exif = PILImage.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    out = io.BytesIO()
    picture.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def reply(client, thread, body="Жооп", follow=False, **extra):
    url = reverse("discussions:reply", args=[thread.pk])
    return client.post(url, {"body": body, **extra}, follow=follow)


def test_a_blocked_member_is_told_why_and_nothing_is_written(client_for, people, thread):
    client = client_for(people["blocked"])
    page = client.get(reverse("discussions:thread", args=[thread.pk])).content.decode()
    assert "Бул теманын автору сизди бөгөттөгөн" in page
    assert 'name="body"' not in page
    response = reply(client, thread, follow=True)
    assert "Бул теманын автору сизди бөгөттөгөн" in response.content.decode()
    assert not Post.objects.filter(author=people["blocked"]).exists()


def test_a_suspension_after_the_form_was_opened_refuses_the_stale_form(client_for, people, thread):
    member = people["another"]
    client = client_for(member)
    assert (
        'name="body"'
        in client.get(reverse("discussions:thread", args=[thread.pk])).content.decode()
    )
    until = timezone.now() + timedelta(days=3)
    Sanction.objects.create(
        member=member,
        kind=Sanction.Kind.SUSPENSION,
        reason="Спам",
        until=until,
        created_by=people["moderator"],
    )
    response = reply(client, thread, body="Эски форма", follow=True)
    # community.access's message, with the suspension's end
    assert timezone.localtime(until).strftime("%d.%m.%Y") in response.content.decode()
    assert not Post.objects.filter(body="Эски форма").exists()


def test_the_service_asks_again_inside_its_transaction(people, thread):
    Sanction.objects.create(
        member=people["another"],
        kind=Sanction.Kind.EXPULSION,
        reason="Алдамчылык",
        created_by=people["moderator"],
    )
    with pytest.raises(DiscussionRefused):
        post_create(thread=thread, author=people["another"], body="Кеч")
    assert not Post.objects.filter(body="Кеч").exists()


def test_an_expelled_member_cannot_read(client_for, people, thread):
    Sanction.objects.create(
        member=people["another"], kind=Sanction.Kind.EXPULSION, reason="x", created_by=None
    )
    assert client_for(people["another"]).get(reverse("discussions:spaces")).status_code == 403


def test_a_thousand_posts_a_minute_are_refused_by_the_limit(
    still_clock, client_for, people, thread
):
    client = client_for(people["another"])
    for number in range(POSTING.count + 5):
        reply(client, thread, body=f"Спам {number}")
    written = Post.objects.filter(author=people["another"], body__startswith="Спам").count()
    assert written == POSTING.count - 1  # her reply in the fixture counted too
    response = reply(client, thread, body="Дагы", follow=True)
    assert "Өтө тез жазып жатасыз." in response.content.decode()


def test_script_in_title_and_body_is_shown_inert(client_for, people, space):
    client = client_for(people["member"])
    response = client.post(
        reverse("discussions:thread_new", args=[space.pk]),
        {"title": "<script>alert(1)</script>", "body": "<img src=x onerror=alert(2)>"},
        follow=True,
    )
    page = response.content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "onerror=alert(2)&gt;" in page


def test_a_double_submit_posts_once(client_for, people, thread):
    client = client_for(people["another"])
    reply(client, thread, body="Бир жолу", **{FIELD: "same-token"})
    second = reply(client, thread, body="Бир жолу", **{FIELD: "same-token"})
    assert second.status_code == 302
    assert Post.objects.filter(body="Бир жолу").count() == 1


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "²", "1" * 40, ""])
def test_odd_page_numbers_never_fail(client_for, people, thread, page):
    client = client_for(people["member"])
    assert (
        client.get(reverse("discussions:thread", args=[thread.pk]), {"page": page}).status_code
        == 200
    )
    assert (
        client.get(reverse("discussions:space", args=[thread.space_id]), {"page": page}).status_code
        == 200
    )


def test_first_posts_wait_for_approval_where_the_space_says_so(client_for, people, space):
    space.approve_first_posts = True
    space.posts_to_approve = 1
    space.save()
    client = client_for(people["another"])
    response = client.post(
        reverse("discussions:thread_new", args=[space.pk]),
        {"title": "Биринчи темам", "body": "Салам баарыңарга"},
        follow=True,
    )
    page = response.content.decode()
    assert "модератордун бекитүүсүн күтөт" in page
    assert "Бекитүүнү күтүүдө" in page  # she sees her own post marked
    thread = Thread.objects.get(title="Биринчи темам")
    assert thread.opening.visibility == "pending"
    # Others do not see it; moderators do.
    url = reverse("discussions:thread", args=[thread.pk])
    assert client_for(people["member"]).get(url).status_code == 404
    assert (
        "Биринчи темам"
        not in client_for(people["member"])
        .get(reverse("discussions:space", args=[space.pk]))
        .content.decode()
    )
    assert client_for(people["moderator"]).get(url).status_code == 200
    # Once a moderator approves it, her next post is visible at once; moderators never wait.
    Post.objects.filter(pk=thread.opening_id).update(visibility="visible")
    assert (
        post_create(thread=thread, author=people["another"], body="Экинчи").visibility == "visible"
    )
    assert (
        post_create(thread=thread, author=people["moderator"], body="Мод").visibility == "visible"
    )


def test_an_image_is_checked_by_its_content_and_loses_its_metadata(client_for, people, thread):
    client = client_for(people["another"])
    liar = SimpleUploadedFile("photo.jpg", b"<script>alert(1)</script>", "image/jpeg")
    response = reply(client, thread, body="Сүрөт", image=liar)
    assert "Бул файл JPEG, PNG же WebP сүрөтү эмес." in response.content.decode()
    assert not Post.objects.filter(body="Сүрөт").exists()

    good = SimpleUploadedFile("photo.php", jpeg_with_gps(), "text/plain")
    reply(client, thread, body="Сүрөт", image=good)
    image = Image.objects.get(post__body="Сүрөт")
    assert image.content_type == "image/jpeg" and image.file.name.endswith(".jpg")
    with image.file.open("rb") as stored, PILImage.open(stored) as picture:
        assert not picture.getexif()
    served = client.get(reverse("discussions:image", args=[image.pk]))
    assert served.status_code == 200 and served["Content-Type"] == "image/jpeg"
    assert "media" not in image.file.path.split("/")[-3:]


def test_an_image_too_large_is_refused(client_for, people, thread):
    big = SimpleUploadedFile("big.png", b"\x89PNG" + b"0" * (3 * 1024 * 1024 + 1), "image/png")
    response = reply(client_for(people["another"]), thread, body="Чоң", image=big)
    assert "Сүрөт 3 МБдан чоң." in response.content.decode()


def test_an_own_post_is_edited_within_the_window_only(client_for, people, thread):
    client = client_for(people["member"])
    url = reverse("discussions:edit", args=[thread.opening_id])
    client.post(url, {"body": "Өзгөрдү [шилтеме](https://example.org)"})
    thread.opening.refresh_from_db()
    assert "(example.org)" in thread.opening.html and thread.opening.edited_at
    Post.objects.filter(pk=thread.opening_id).update(created_at=timezone.now() - timedelta(hours=1))
    response = client.post(url, {"body": "Кеч өзгөртүү"}, follow=True)
    assert "Бул жазууну эми өзгөртүүгө болбойт." in response.content.decode()


def _thread_queries(client, thread) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("discussions:thread", args=[thread.pk]), {"page": 2})
    assert response.status_code == 200
    return len(queries)


def test_queries_per_thread_page_do_not_grow_with_replies(client_for, people, thread):
    client = client_for(people["another"])
    authors = [people["member"], people["another"], people["moderator"]]
    Post.objects.bulk_create(
        Post(thread=thread, author=authors[n % 3], body=f"Жооп {n}", html=f"<p>Жооп {n}</p>")
        for n in range(60)
    )
    _thread_queries(client, thread)  # the site's caches (locale, root page) filled
    small = _thread_queries(client, thread)
    Post.objects.bulk_create(
        Post(thread=thread, author=authors[n % 3], body=f"Жооп {n}", html=f"<p>Жооп {n}</p>")
        for n in range(1000)
    )
    assert _thread_queries(client, thread) == small


def test_a_thread_of_200_replies_is_sent_in_pages_under_60_kb(client_for, people, thread):
    text = (
        "Биздин айылдык кеңеште да ушундай болгон: аялдар жыйынга келишет, бирок сөз "
        "сүйлөбөй отурушат. Биз алгач чакан топтордо талкууладык. Бул "
        "[колдонмодо](https://example.org/guide) жакшы жазылган."
    )
    Post.objects.bulk_create(
        Post(thread=thread, author=people["another"], body=text, html=render(text))
        for _ in range(200)
    )
    response = client_for(people["member"]).get(reverse("discussions:thread", args=[thread.pk]))
    page = response.content.decode()
    assert page.count('<li id="post-') == 50
    assert "?page=2" in page
    assert len(response.content) <= 60 * 1024


def test_the_moderation_queue_approves_and_edits_a_post(client_for, people, space):
    from community.selectors import queue
    from community.services import item_moderate

    space.approve_first_posts = True
    space.save()
    made = thread_create(space=space, author=people["another"], title="Жаңы", body="Салам")
    pending = made.opening
    assert any(entry["item"] == pending for entry in queue(limit=50)["pending"])
    listed = client_for(people["moderator"]).get(reverse("community:queue")).content.decode()
    # The queue says what it is and links to it in its thread.
    assert "Жазуу" in listed and f'href="{pending.get_absolute_url()}"' in listed
    item_moderate(moderator=people["moderator"], item=pending, action="approve", reason="Туура")
    pending.refresh_from_db()
    assert pending.visibility == "visible"
    item_moderate(
        moderator=people["moderator"],
        item=pending,
        action="edit",
        reason="Жеке маалымат",
        text="Салам [сайт](https://example.org)",
        note="Телефон номери алынып салынды",
    )
    pending.refresh_from_db()
    assert "(example.org)" in pending.html
    page = client_for(people["member"]).get(reverse("discussions:thread", args=[made.pk]))
    assert "Телефон номери алынып салынды" in page.content.decode()


def test_her_posts_are_in_her_data_file(people, thread):
    from people.personal_data import personal_data

    data = personal_data(people["another"])
    assert [row["body"] for row in data["discussion_posts"]] == ["Менин тажрыйбам"]
    assert data["discussion_posts"][0]["thread__title"] == "Айылдык кеңеш"
