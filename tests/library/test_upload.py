"""Sharing a resource: each kind of file kept, its type read from its bytes; a file that lies,
one too large, a name with script in it, a javascript: link, a double submit, a suspended
member's stale form, a topic that waits for approval, the posting limit. Refused with a message
in Kyrgyz and nothing stored."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from community.access import Action, guidelines_accept, refusal
from community.models import GuidelinesPage, Sanction, Visibility
from core.once import FIELD
from library.models import Resource
from library.services import ResourceRefused
from tests.library.conftest import image_bytes, office_bytes, pdf_bytes, share, upload

UPLOAD = "/ky/community/library/new/"


def form(topic, **fields):
    data = {
        "title": "Жергиликтүү бюджет боюнча куралдар",
        "description": "Айыл кеңештеринин депутаттары үчүн.",
        "language": "ky",
        "topic": str(topic.pk),
        "link": "",
        "rights": "on",
        FIELD: "token-1",
    }
    return data | fields


def stored_files() -> list[Path]:
    root = Path(settings.PRIVATE_MEDIA_ROOT) / "library"
    return sorted(root.glob("*")) if root.exists() else []


def messages_of(response) -> str:
    return " ".join(str(m) for m in response.context["messages"]) if response.context else ""


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.mark.parametrize(
    "name, content, kind, sent_as",
    [
        ("Колдонмо.pdf", pdf_bytes(), "pdf", "application/pdf"),
        ("toolkit.docx", office_bytes("docx"), "docx", "wordprocessingml.document"),
        ("budget.xlsx", office_bytes("xlsx"), "xlsx", "spreadsheetml.sheet"),
        ("slides.pptx", office_bytes("pptx"), "pptx", "presentationml.presentation"),
        ("photo.JPG", image_bytes("JPEG"), "jpeg", "image/jpeg"),
        ("poster.png", image_bytes("PNG"), "png", "image/png"),
        ("card.webp", image_bytes("WEBP"), "webp", "image/webp"),
        ("no-extension", pdf_bytes(), "pdf", "application/pdf"),
    ],
)
@pytest.mark.django_db
def test_each_kind_of_file_is_kept_privately_and_sent_as_an_attachment(
    people, topic, client_for, name, content, kind, sent_as
):
    client = client_for(people["author"])
    response = client.post(UPLOAD, form(topic, file=upload(name, content, "text/html")))
    resource = Resource.objects.get()
    assert response["Location"] == resource.get_absolute_url()
    assert resource.file_type == kind and resource.visibility == Visibility.VISIBLE
    assert resource.rights_confirmed_at is not None
    # Stored under a random name in the private root, nowhere under MEDIA_ROOT.
    [path] = stored_files()
    assert path.read_bytes() == content
    assert Path(name).stem not in path.name
    assert not Path(settings.MEDIA_ROOT).exists() or not any(Path(settings.MEDIA_ROOT).rglob("*"))
    with pytest.raises(ValueError):
        _ = resource.file.url
    page = client.get(resource.get_absolute_url()).content.decode()
    assert resource.title in page and reverse("library:file", kwargs={"pk": resource.pk}) in page
    assert "Рахмат. Сиздин ресурс китепканада." in page  # the message after the redirect
    sent = client_for(people["member"]).get(reverse("library:file", kwargs={"pk": resource.pk}))
    assert sent.status_code == 200
    assert sent_as in sent["Content-Type"]
    assert sent["Content-Disposition"].startswith("attachment;")
    assert sent["X-Content-Type-Options"] == "nosniff"
    assert b"".join(sent.streaming_content) == content


LIES = [
    # An HTML page named as a PDF.
    ("report.pdf", b"<html><script>alert(1)</script></html>", "Бул файлды китепкана сактабайт"),
    # A PDF named as a picture.
    ("photo.png", pdf_bytes(), "Файлдын аты PNG дейт, бирок анын мазмуну PDF"),
    # A spreadsheet named as a Word document.
    ("letter.docx", office_bytes("xlsx"), "Файлдын аты DOCX дейт, бирок анын мазмуну XLSX"),
    # A zip that says it is a Word document but has no document part.
    ("empty.docx", office_bytes("docx", declared="docx")[:30], "Бул файлды китепкана сактабайт"),
    # A zip whose content types name a Word document kept where a spreadsheet's parts are.
    ("odd.docx", b"PK\x03\x04" + b"\x00" * 40, "Бул файлды китепкана сактабайт"),
    # An executable named as a picture.
    ("cat.jpg", b"MZ\x90\x00\x03\x00\x00\x00", "Бул файлды китепкана сактабайт"),
    # A GIF: a picture, but not one the library keeps.
    ("anim.gif", image_bytes("GIF"), "Бул файлды китепкана сактабайт"),
]


@pytest.mark.parametrize("name, content, message", LIES)
@pytest.mark.django_db
def test_a_file_whose_type_lies_is_refused_and_nothing_stored(
    people, topic, client_for, name, content, message
):
    client = client_for(people["author"])
    response = client.post(UPLOAD, form(topic, file=upload(name, content, "application/pdf")))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Resource.objects.exists() and stored_files() == []
    # The corrected form can be sent with the same token (a refusal gives it back).
    again = client.post(UPLOAD, form(topic, file=upload("real.pdf", pdf_bytes())))
    assert again.status_code == 302 and Resource.objects.count() == 1


@pytest.mark.django_db
def test_the_service_reads_the_bytes_too(people, topic):
    with pytest.raises(ResourceRefused, match="китепкана сактабайт"):
        share(people["author"], topic, upload=upload("x.pdf", b"<svg onload=alert(1)>"))
    assert not Resource.objects.exists() and stored_files() == []


@pytest.mark.django_db
def test_an_oversize_file_is_refused(people, topic, client_for, settings):
    settings.LIBRARY_MAX_FILE_BYTES = 1024
    big = pdf_bytes() + b"0" * 2000
    response = client_for(people["author"]).post(UPLOAD, form(topic, file=upload("big.pdf", big)))
    assert "Файл өтө чоң: эң көп 1,0" in response.content.decode()
    assert not Resource.objects.exists() and stored_files() == []


@pytest.mark.django_db
def test_a_file_name_with_script_is_made_harmless(people, topic, client_for):
    name = "<img src=x onerror=alert(1)>; Отчёт 2025.pdf"
    client = client_for(people["author"])
    client.post(UPLOAD, form(topic, file=upload(name, pdf_bytes())))
    resource = Resource.objects.get()
    for bad in '<>"/\\;':
        assert bad not in resource.file_name
    assert resource.file_name.endswith(".pdf") and "Отчёт 2025" in resource.file_name
    page = client.get(resource.get_absolute_url()).content.decode()
    assert "<img src=x" not in page
    sent = client.get(reverse("library:file", kwargs={"pk": resource.pk}))
    assert "<" not in sent["Content-Disposition"] and "/" not in sent["Content-Disposition"]


@pytest.mark.parametrize(
    "original, kept",
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\Айгүл\\Баяндама.PDF", "Баяндама.pdf"),
        ('<b onclick="x">Отчёт<b>.pdf', "b onclick_x_Отчёт_b.pdf"),
        ("<script>alert(1)</script>.pdf", "script.pdf"),  # "/" ends a path: only its last part
        ("report.exe", "report_exe.pdf"),
        ("...", "resource.pdf"),
        ("a" * 300 + ".png", "a" * 80 + ".png"),
    ],
)
def test_the_kept_name_has_no_path_markup_or_false_ending(original, kept):
    from library.files import safe_name
    from library.models import FileType

    file_type = FileType.PNG if original.endswith(".png") else FileType.PDF
    assert safe_name(original, file_type) == kept


@pytest.mark.django_db
def test_a_title_and_description_with_markup_are_shown_as_text(people, topic, client_for):
    resource = share(
        people["author"],
        topic,
        title="<script>alert('title')</script>",
        description="<b>калың</b>\nэкинчи сап",
    )
    page = client_for(people["member"]).get(resource.get_absolute_url()).content.decode()
    assert "<script>alert(" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;калың&lt;/b&gt;<br>экинчи сап" in page


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html,<b>x</b>",
        "ftp://example.org/file",
        "//example.org",
        "https://",
    ],
)
@pytest.mark.django_db
def test_a_link_that_is_not_a_web_address_is_refused(people, topic, client_for, link):
    response = client_for(people["author"]).post(UPLOAD, form(topic, link=link))
    assert "Шилтеме http:// же https:// менен башталган веб-дарек болушу керек" in (
        response.content.decode()
    )
    assert not Resource.objects.exists()


@pytest.mark.django_db
def test_a_link_is_shown_with_its_domain(people, topic, client_for):
    client = client_for(people["author"])
    client.post(UPLOAD, form(topic, link="https://www.unwomen.org/ru/digital-library?x=<1>"))
    resource = Resource.objects.get()
    assert resource.file_name == "" and resource.domain == "www.unwomen.org"
    page = client_for(people["member"]).get(resource.get_absolute_url()).content.decode()
    assert "www.unwomen.org сайтында" in page
    assert 'rel="nofollow noopener noreferrer ugc"' in page
    assert client.get(reverse("library:file", kwargs={"pk": resource.pk})).status_code == 404


@pytest.mark.django_db
def test_a_file_and_a_link_or_neither_and_the_rights_box(people, topic, client_for):
    client = client_for(people["author"])
    both = client.post(UPLOAD, form(topic, link="https://a.kg", file=upload("a.pdf", pdf_bytes())))
    assert "Файлды же шилтемени бериңиз: экөөнүн бирин гана." in both.content.decode()
    neither = client.post(UPLOAD, form(topic))
    assert "экөөнүн бирин гана" in neither.content.decode()
    data = form(topic, link="https://a.kg")
    del data["rights"]
    unconfirmed = client.post(UPLOAD, data)
    assert "Муну бөлүшүүгө укугуңуз бар экенин ырастаңыз." in unconfirmed.content.decode()
    assert not Resource.objects.exists() and stored_files() == []


@pytest.mark.django_db
def test_a_double_submit_stores_once(people, topic, client_for):
    client = client_for(people["author"])
    data = form(topic, file=upload("guide.pdf", pdf_bytes()))
    first = client.post(UPLOAD, data)
    data["file"] = upload("guide.pdf", pdf_bytes())
    second = client.post(UPLOAD, data)
    assert Resource.objects.count() == 1 and len(stored_files()) == 1
    assert second["Location"] == first["Location"] == Resource.objects.get().get_absolute_url()


@pytest.mark.django_db
def test_a_suspended_members_stale_form_is_refused(people, topic, client_for):
    client = client_for(people["suspended"])
    page = client.get(reverse("library:list"))  # she reads
    assert page.status_code == 200
    response = client.post(UPLOAD, form(topic, file=upload("g.pdf", pdf_bytes())), follow=True)
    with translation.override("ky"):
        told = refusal(people["suspended"], Action.UPLOAD).message
    assert told in messages_of(response)
    assert response.redirect_chain[-1][0] == reverse("library:list")
    assert not Resource.objects.exists() and stored_files() == []


@pytest.mark.django_db
def test_a_suspension_is_checked_again_inside_the_transaction(people, topic, monkeypatch):
    """The form was sent before the suspension and checked as she was; the service asks again."""
    member = people["member"]
    Sanction.objects.create(
        member=member,
        kind=Sanction.Kind.SUSPENSION,
        reason="Спам",
        until=timezone.now() + timedelta(days=1),
        created_by=people["moderator"],
    )
    with pytest.raises(ResourceRefused):
        share(member, topic)
    assert not Resource.objects.exists() and stored_files() == []


@pytest.mark.django_db
def test_a_member_who_has_not_accepted_the_guidelines_is_sent_to_them(people, topic, client_for):
    from wagtail.models import Page

    Page.objects.get(depth=2).add_child(
        instance=GuidelinesPage(title="Эрежелер", slug="rules", body="<p>Урматтоо</p>")
    )
    client = client_for(people["member"])
    response = client.get(UPLOAD)
    assert response["Location"] == reverse("community:guidelines")
    guidelines_accept(people["member"])
    assert client.get(UPLOAD).status_code == 200


@pytest.mark.django_db
def test_a_topic_that_waits_for_approval(people, approval_topic, client_for):
    client = client_for(people["author"])
    response = client.post(UPLOAD, form(approval_topic, link="https://example.org"), follow=True)
    resource = Resource.objects.get()
    assert resource.visibility == Visibility.PENDING
    assert "Рахмат. Сиздин ресурс модератордун жактыруусун күтүүдө." in messages_of(response)
    assert client_for(people["member"]).get(resource.get_absolute_url()).status_code == 404
    # A moderator's own resource there is not kept waiting for herself.
    assert share(people["moderator"], approval_topic).visibility == Visibility.VISIBLE


@pytest.mark.django_db
def test_the_posting_limit_counts_uploads(still_clock, people, topic):
    for number in range(20):
        share(people["author"], topic, link=f"https://example.org/{number}")
    with pytest.raises(ResourceRefused, match="Бир мүнөт күтүп"):
        share(people["author"], topic, link="https://example.org/21")
    assert Resource.objects.count() == 20


@pytest.mark.django_db
def test_an_upload_form_with_odd_values_never_fails(people, topic, client_for):
    client = client_for(people["author"])
    for fields in [
        {"topic": "²"},
        {"topic": "99999999999999999999999"},
        {"language": "xx"},
        {"title": "а" * 500},
        {"title": "\x00"},
    ]:
        response = client.post(UPLOAD, form(topic, link="https://a.kg") | fields)
        assert response.status_code in (200, 400), fields  # a NUL is refused as malformed
    assert not Resource.objects.exists()


@pytest.mark.django_db
def test_a_suspension_between_the_check_and_the_write_is_refused(people, topic, client_for):
    """The view's first check passed (the form was sent before the moderator suspended her);
    the service asks again inside its transaction: nothing stored, she is told why."""
    from library import views

    member = people["member"]
    Sanction.objects.create(
        member=member,
        kind=Sanction.Kind.SUSPENSION,
        reason="Спам",
        until=timezone.now() + timedelta(days=1),
        created_by=people["moderator"],
    )
    real = views.refusal
    views.refusal = lambda user, action: None  # the view's own check, as before the suspension
    try:
        response = client_for(member).post(UPLOAD, form(topic, file=upload("g.pdf", pdf_bytes())))
    finally:
        views.refusal = real
    with translation.override("ky"):
        told = refusal(member, Action.UPLOAD).message
    assert told in messages_of(response)
    assert not Resource.objects.exists() and stored_files() == []


@pytest.mark.django_db
def test_her_resources_are_in_her_data_file(people, topic):
    from people.personal_data import personal_data

    share(people["author"], topic, title="Менин колдонмом")
    data = personal_data(people["author"])
    [row] = data["library_resources"]
    assert row["title"] == "Менин колдонмом" and row["rights_confirmed_at"] is not None
    assert personal_data(people["member"])["library_resources"] == []
