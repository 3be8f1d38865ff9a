"""The library's people and files: an author and other members (one the author blocked, one
suspended, one expelled), a moderator and a coordinator; real files of each kind made here, and
files whose names or bytes lie."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from community.models import Block, Sanction
from library.models import Language, Topic
from library.services import resource_create
from people.roles import Role
from tests.factories import UserFactory

PEOPLE = ("anonymous", "author", "member", "blocked", "suspended", "moderator", "coordinator")

OFFICE_MAIN = {
    "docx": ("word/document.xml", "wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", "spreadsheetml.sheet.main+xml"),
    "pptx": ("ppt/presentation.xml", "presentationml.presentation.main+xml"),
}


def pdf_bytes() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def office_bytes(kind: str, *, declared: str | None = None) -> bytes:
    """A zip shaped as an Office file of `kind`; `declared`: the kind its content types claim."""
    part, main = OFFICE_MAIN[kind]
    _, claimed = OFFICE_MAIN[declared or kind]
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" '
        f'ContentType="application/vnd.openxmlformats-officedocument.{claimed}"/></Types>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr(part, "<document/>")
    return buffer.getvalue()


def image_bytes(format_: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "purple").save(buffer, format=format_)
    return buffer.getvalue()


def upload(name: str, content: bytes, content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def topic(db):
    return Topic.objects.create(name_ky="Укуктар", name_ru="Права", name_en="Rights")


@pytest.fixture
def approval_topic(db):
    return Topic.objects.create(
        name_ky="Басылмалар", name_ru="Публикации", name_en="Publications", approval_required=True
    )


@pytest.fixture
def people(db):
    author = UserFactory(role=Role.LEARNER)
    blocked = UserFactory(role=Role.LEARNER)
    Block.objects.create(blocker=author, blocked=blocked)
    suspended = UserFactory(role=Role.LEARNER)
    moderator = UserFactory(role=Role.MODERATOR)
    Sanction.objects.create(
        member=suspended,
        kind=Sanction.Kind.SUSPENSION,
        reason="Спам",
        until=timezone.now() + timedelta(days=7),
        created_by=moderator,
    )
    return {
        "anonymous": None,
        "author": author,
        "member": UserFactory(role=Role.LEARNER),
        "blocked": blocked,
        "suspended": suspended,
        "moderator": moderator,
        "coordinator": UserFactory(role=Role.COORDINATOR),
    }


@pytest.fixture
def expelled(people):
    person = UserFactory(role=Role.LEARNER)
    Sanction.objects.create(
        member=person,
        kind=Sanction.Kind.EXPULSION,
        reason="Коркутуу",
        created_by=people["moderator"],
    )
    return person


def share(author, topic, *, title="Гендердик бюджет боюнча колдонмо", name="guide.pdf", **kw):
    """A resource `author` shares through the service (a PDF unless a link is given)."""
    fields = {
        "author": author,
        "title": title,
        "description": "Айыл өкмөттөрү үчүн кадам-кадам колдонмо.",
        "language": Language.KY,
        "topic": topic,
        "rights_confirmed": True,
    }
    if "link" not in kw and "upload" not in kw:
        kw["upload"] = upload(name, pdf_bytes())
    return resource_create(**fields | kw)
