"""The demo library (demo/content/library.yaml): three topics, one of which keeps new resources
waiting for approval, and six resources in Kyrgyz and Russian by demo members (a toolkit, a table,
a guide, a publication, a link to UN Women's library, and a list of help centres still waiting
for a moderator). Their files are made here from the text in the YAML: a PDF with WeasyPrint, a
DOCX written as its parts, an XLSX with openpyxl; they go through library.services like anyone's
upload (type read from the bytes, stored privately).

Needs seed_people() first. The authors accept the community guidelines in force (as a member
does before sharing). Running it again changes nothing: a topic is found by its Kyrgyz name, a
resource by its author and title."""

import io
import zipfile
from html import escape
from xml.sax.saxutils import escape as xml_escape

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from community.access import guidelines_accept
from core import fonts
from core.pdf import font_config
from demo import content
from library.models import Resource, Topic
from library.services import resource_create
from people.models import User

CONTENT = content.load("library")


@transaction.atomic
def seed_library() -> list[Resource]:
    topics = {spec["key"]: _topic(spec) for spec in CONTENT["topics"]}
    people = User.objects.in_bulk(
        {spec["author"] for spec in CONTENT["resources"]}, field_name="email"
    )
    resources = []
    for spec in CONTENT["resources"]:
        author = people[spec["author"]]
        found = Resource.objects.filter(author=author, title=spec["title"]).first()
        if found is None:
            guidelines_accept(author)
            found = resource_create(
                author=author,
                title=spec["title"],
                description=spec["description"],
                language=spec["language"],
                topic=topics[spec["topic"]],
                upload=_file(spec),
                link=spec.get("link", ""),
                rights_confirmed=True,
            )
        resources.append(found)
    return resources


def _topic(spec) -> Topic:
    name = spec["name"]
    topic, _created = Topic.objects.update_or_create(
        name_ky=name["ky"],
        defaults={
            "name_ru": name["ru"],
            "name_en": name["en"],
            "approval_required": spec["approval_required"],
        },
    )
    return topic


def _file(spec):
    kind = spec["kind"]
    if kind == "link":
        return None
    make = {"pdf": _pdf, "docx": _docx, "xlsx": _xlsx}[kind]
    return SimpleUploadedFile(spec["file_name"], make(spec))


def _pdf(spec) -> bytes:
    from weasyprint import HTML

    document = spec["document"]
    paragraphs = "".join(f"<p>{escape(text)}</p>" for text in document["paragraphs"])
    html = (
        f"<html lang='{spec['language']}'><head><style>{fonts.font_face_css()}"
        f"body {{ font-family: '{fonts.FAMILY}'; margin: 2cm; }}</style></head>"
        f"<body><h1>{escape(document['heading'])}</h1>{paragraphs}</body></html>"
    )
    return HTML(string=html).write_pdf(font_config=font_config())


DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(spec) -> bytes:
    """The smallest Word document Word opens: its content types, its relation, its body."""
    document = spec["document"]
    heading = (
        "<w:p><w:r><w:rPr><w:b/><w:sz w:val='32'/></w:rPr>"
        f"<w:t>{xml_escape(document['heading'])}</w:t></w:r></w:p>"
    )
    body = "".join(
        f"<w:p><w:r><w:t xml:space='preserve'>{xml_escape(text)}</w:t></w:r></w:p>"
        for text in document["paragraphs"]
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{heading}{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def _xlsx(spec) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in spec["sheet"]["rows"]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
