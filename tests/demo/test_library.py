"""The demo library: three topics (one waiting for approval), six resources in Kyrgyz and
Russian whose files are real PDF, DOCX and XLSX made from the YAML's text; seeding again
changes nothing."""

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from community.models import Visibility
from demo.seed.library import CONTENT, seed_library
from demo.seed.people import seed_people
from library.files import sniff
from library.models import Resource, Topic

HEADINGS = {
    spec["title"]: spec["document"]["heading"]
    for spec in CONTENT["resources"]
    if "document" in spec
}


def snapshot():
    return {
        "topics": sorted(
            Topic.objects.values_list("pk", "name_ky", "name_ru", "approval_required")
        ),
        "resources": sorted(
            Resource.objects.values_list("pk", "title", "visibility", "file", "file_type", "link")
        ),
    }


@pytest.mark.django_db
def test_the_demo_library_and_seeding_again():
    seed_people()
    resources = seed_library()
    assert len(resources) == 6
    assert {r.language for r in resources} == {"ky", "ru"}
    assert Topic.objects.count() == 3
    assert Topic.objects.filter(approval_required=True).count() == 1
    kinds = sorted(r.file_type or "link" for r in resources)
    assert kinds == ["docx", "link", "pdf", "pdf", "pdf", "xlsx"]
    # The list of help centres waits in the moderation queue; the rest is visible.
    [pending] = [r for r in resources if r.visibility == Visibility.PENDING]
    assert pending.author.email == "learner@demo.tendik.kg" and pending.topic.approval_required
    for resource in resources:
        if not resource.file:
            assert resource.domain == "www.unwomen.org"
            continue
        with resource.file.open("rb") as stored:
            data = stored.read()
            stored.seek(0)
            assert sniff(stored) == resource.file_type
        if resource.file_type == "pdf":
            text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
            assert HEADINGS[resource.title] in " ".join(text.split())
        if resource.file_type == "xlsx":
            sheet = load_workbook(io.BytesIO(data)).active
            assert sheet["A2"].value == "Суу түтүгү"
    before = snapshot()
    seed_library()
    assert snapshot() == before
