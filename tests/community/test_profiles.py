"""Profiles: what others see is her choice; sensitive facts never; photos checked and private."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from community.models import Block, CommunityProfile, Visibility
from core.once import FIELD

FORM = {
    "organisation": "Нарын шаардык кеңеши",
    "show_organisation": "on",
    "country": "Кыргызстан",
    "expertise": "Шайлоо",
    "languages": "кыргызча",
    "bio": "<script>alert(1)</script> Айылда иштейм",
    "show_bio": "on",
}


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "purple").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def test_made_on_first_visit_and_nothing_shown_until_she_chooses(member, other, client_for):
    member.organisation = "Жашыруун уюм"
    member.save()
    page = client_for(member).get(reverse("community:profile_edit"))
    assert page.status_code == 200
    assert "Коомчулуктагы профилим" in page.content.decode()
    assert CommunityProfile.objects.filter(author=member).count() == 1
    seen = client_for(other).get(reverse("community:member", kwargs={"pk": member.pk}))
    assert member.full_name in seen.content.decode()
    assert "Жашыруун уюм" not in seen.content.decode()


def test_she_chooses_what_others_see_and_script_is_escaped(member, other, client_for):
    client = client_for(member)
    response = client.post(reverse("community:profile_edit"), {**FORM, FIELD: "p1"})
    assert response.status_code == 302
    html = client_for(other).get(reverse("community:member", kwargs={"pk": member.pk}))
    html = html.content.decode()
    assert "Нарын шаардык кеңеши" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Айылда иштейм" in html
    assert "<script>alert(1)" not in html
    assert "Кыргызстан" not in html and "Шайлоо" not in html  # not ticked


def test_birth_year_region_gender_and_groups_never_shown(member, other, survivors, client_for):
    member.birth_year, member.gender, member.region = 1987, "female", "naryn"
    member.save()
    member.target_groups.add(survivors)
    client_for(member).post(reverse("community:profile_edit"), {**FORM, FIELD: "p2"})
    html = client_for(other).get(reverse("community:member", kwargs={"pk": member.pk}))
    html = html.content.decode()
    for secret in ("1987", "Нарын облусу", survivors.name_ky, "Аял", "аял"):
        assert secret not in html, secret


def test_a_photo_is_checked_by_its_content_and_served_to_those_who_may_see_it(
    member, other, client_for
):
    client = client_for(member)
    liar = SimpleUploadedFile("me.png", b"<?php echo 1; ?>", content_type="image/png")
    refused = client.post(reverse("community:profile_edit"), {**FORM, "photo": liar, FIELD: "p3"})
    assert refused.status_code == 200
    assert "Сүрөт JPEG, PNG же WebP форматында болушу керек." in refused.content.decode()
    assert not CommunityProfile.objects.get(author=member).photo
    photo = SimpleUploadedFile("me.gif.exe", png(), content_type="application/octet-stream")
    client.post(reverse("community:profile_edit"), {**FORM, "photo": photo, FIELD: "p4"})
    profile = CommunityProfile.objects.get(author=member)
    assert profile.photo.name.endswith(".png") and "me.gif" not in profile.photo.name
    url = reverse("community:member_photo", kwargs={"pk": member.pk})
    assert client.get(url).status_code == 200  # her own
    assert client_for(other).get(url).status_code == 404  # not shown yet
    profile.show_photo = True
    profile.save()
    assert client_for(other).get(url).status_code == 200
    profile.visibility = Visibility.HIDDEN  # a moderator hid the profile
    profile.save()
    assert client_for(other).get(url).status_code == 404
    page = client_for(other).get(reverse("community:member", kwargs={"pk": member.pk}))
    assert "Айылда иштейм" not in page.content.decode()


def test_a_replaced_photo_leaves_the_storage(
    member, client_for, django_capture_on_commit_callbacks
):
    client = client_for(member)
    first = SimpleUploadedFile("a.png", png(), content_type="image/png")
    client.post(reverse("community:profile_edit"), {**FORM, "photo": first, FIELD: "r1"})
    old = CommunityProfile.objects.get(author=member).photo
    assert old.storage.exists(old.name)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("community:profile_edit"), {**FORM, "remove_photo": "on", FIELD: "r2"})
    assert not CommunityProfile.objects.get(author=member).photo
    assert not old.storage.exists(old.name)


def test_a_suspended_members_stale_form_is_refused(member, moderator, client_for):
    from datetime import timedelta

    from django.utils import timezone

    from community.services import sanction_give

    client = client_for(member)
    assert client.get(reverse("community:profile_edit")).status_code == 200  # the form
    sanction_give(
        moderator=moderator,
        member=member,
        kind="suspension",
        reason="Акча чогултуу",
        until=timezone.now() + timedelta(days=3),
    )
    response = client.post(reverse("community:profile_edit"), {**FORM, FIELD: "p5"})
    assert response.status_code == 302
    assert CommunityProfile.objects.get(author=member).bio == ""
    page = client.get(response["Location"])
    assert "убактылуу четтетилгенсиз" in page.content.decode()


def test_block_and_unblock_from_her_page_and_the_list(member, other, client_for):
    client = client_for(member)
    url = reverse("community:block", kwargs={"pk": other.pk})
    client.post(url, {"do": "block", FIELD: "b1"})
    client.post(url, {"do": "block", FIELD: "b1"})  # a double click
    assert Block.objects.filter(blocker=member, blocked=other).count() == 1
    page = client.get(reverse("community:profile_edit")).content.decode()
    assert "Сиз бөгөттөгөн мүчөлөр" in page and other.full_name in page
    client.post(url, {"do": "unblock", FIELD: "b2"})
    assert not Block.objects.exists()
    response = client_for(member).post(
        reverse("community:block", kwargs={"pk": member.pk}), {"do": "block", FIELD: "b3"}
    )
    assert response.status_code == 302 and not Block.objects.exists()


def test_an_expelled_members_profile_is_gone(member, other, moderator, client_for):
    from community.services import sanction_give

    sanction_give(moderator=moderator, member=member, kind="expulsion", reason="Алдамчылык")
    url = reverse("community:member", kwargs={"pk": member.pk})
    assert client_for(other).get(url).status_code == 404
    assert client_for(member).get(url).status_code == 403
    assert client_for(moderator).get(url).status_code == 200


def test_member_page_queries_are_flat(member, other, client_for, django_assert_max_num_queries):
    from tests.factories import UserFactory

    client = client_for(other)
    url = reverse("community:member", kwargs={"pk": member.pk})
    client.get(url)
    for _ in range(5):
        Block.objects.create(blocker=UserFactory(), blocked=member)
    with django_assert_max_num_queries(14):
        client.get(url)
