"""Uploads keep an extension of their kind (issue 12.9): a caption named evil.html whose first line
is WEBVTT would otherwise be served as text/html from the site's own domain."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from django.views.static import serve
from wagtail.documents import get_document_model
from wagtailmedia.models import get_media_model

from tests.helpers import translated
from tests.webinars.test_authoring import form_for
from webinars.models import Caption

pytestmark = pytest.mark.django_db

CAPTION = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<script>alert(document.cookie)</script>\n"
NOT_VTT = "Choose a WebVTT file whose name ends in .vtt."


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.mark.parametrize("name", ["evil.html", "evil.vtt.html", "evil.svg", "evil"])
@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_caption_without_the_vtt_extension_is_refused_on_the_form(
    series, coordinator, name, language
):
    form = form_for(series, coordinator, CAPTION)
    form.formsets["captions"].forms[0].files["captions-0-file"] = SimpleUploadedFile(name, CAPTION)
    with translation.override(language):
        assert not form.is_valid()
        errors = str(form.formsets["captions"].errors)
    message = NOT_VTT if language == "en" else translated(NOT_VTT, language)
    assert message in errors


def test_a_caption_without_the_vtt_extension_is_refused_in_kyrgyz(webinar):
    caption = Caption(webinar=webinar, language="ky", file=SimpleUploadedFile("evil.html", CAPTION))
    with translation.override("ky"), pytest.raises(ValidationError) as refusal:
        caption.full_clean()
    assert translated(NOT_VTT) in str(refusal.value)


def test_a_vtt_caption_is_stored_as_vtt_and_served_as_text_vtt(webinar, media_root):
    caption = Caption(webinar=webinar, language="ky", file=SimpleUploadedFile("KY.VTT", CAPTION))
    caption.full_clean()
    caption.save()
    assert caption.file.name.lower().endswith(".vtt")

    response = serve(RequestFactory().get("/"), caption.file.name, document_root=media_root)
    assert response["Content-Type"] == "text/vtt"


@pytest.mark.parametrize("kind", ["video", "audio"])
def test_a_recording_must_have_a_video_or_audio_extension(kind):
    recording = get_media_model()(
        title="evil", type=kind, duration=5, file=SimpleUploadedFile("evil.html", b"<script>")
    )
    with pytest.raises(ValidationError):
        recording.full_clean()


@pytest.mark.parametrize("name", ["evil.html", "evil.htm", "evil.svg", "evil.xhtml", "evil.js"])
def test_a_document_that_a_browser_would_run_is_refused(name):
    document = get_document_model()(title="evil", file=SimpleUploadedFile(name, b"<script>"))
    with pytest.raises(ValidationError) as refusal:
        document.full_clean()
    assert "file" in refusal.value.message_dict


@pytest.mark.parametrize(
    "name", ["handout.pdf", "list.xlsx", "notes.docx", "slides.pptx", "lesson-ky.vtt"]
)
def test_office_documents_are_accepted(name):
    document = get_document_model()(title="ok", file=SimpleUploadedFile(name, b"data"))
    document.full_clean()


@override_settings(DEBUG=True)
def test_documents_are_served_as_attachments_with_nosniff(client, coordinator):
    document = get_document_model().objects.create(
        title="handout", file=SimpleUploadedFile("handout.docx", b"PK\x03\x04")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_calendar_file_keeps_nosniff_and_attachment_without_the_middleware_setting(
    webinar, client, settings
):
    """A file our own view serves says its type itself, whatever the security settings say."""
    settings.SECURE_CONTENT_TYPE_NOSNIFF = False
    response = client.get(reverse("webinars:calendar", args=[webinar.pk]))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
