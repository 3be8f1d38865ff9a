"""Certificate templates in the admin: placeholders checked at save, a PDF preview with sample
data before saving."""

import pytest
from django.core.exceptions import ValidationError

from certificates.models import CertificateTemplate
from certificates.models.template import unknown_placeholders
from tests.certificates.conftest import BODY

ADD = "/admin/snippets/certificates/certificatetemplate/add/?locale=ky"
PREVIEW = "/admin/snippets/certificates/certificatetemplate/preview/?locale=ky"


def form(**fields):
    data = {
        "name": "Шайлоочулар",
        "title": "Сертификат",
        "body": BODY,
        "page_size": "A4",
        "orientation": "landscape",
    }
    for inline in ("logos", "signatories"):
        data.update(
            {
                f"{inline}-TOTAL_FORMS": "0",
                f"{inline}-INITIAL_FORMS": "0",
                f"{inline}-MIN_NUM_FORMS": "0",
                f"{inline}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(fields)
    return data


def test_placeholders_are_checked():
    assert unknown_placeholders(BODY) == []
    assert unknown_placeholders("{name} {surname} {date}") == ["surname"]
    template = CertificateTemplate(name="x", title="{titel}", body="{name}")
    with pytest.raises(ValidationError) as error:
        template.full_clean(exclude=["locale", "translation_key"])
    assert "title" in error.value.message_dict


def test_a_template_with_an_unknown_placeholder_cannot_be_saved_in_the_admin(
    client_for, coordinator
):
    client = client_for(coordinator)

    refused = client.post(ADD, form(body="{name}\n{kurs}"))
    saved = client.post(ADD, form())

    assert refused.status_code == 200
    assert "{kurs}" in refused.text
    assert saved.status_code == 302
    assert list(CertificateTemplate.objects.values_list("name", flat=True)) == ["Шайлоочулар"]


def test_the_admin_previews_the_certificate_as_a_pdf_before_saving(client_for, coordinator):
    client = client_for(coordinator)

    assert client.post(PREVIEW, form()).json()["is_valid"]
    preview = client.get(PREVIEW)

    assert preview["Content-Type"] == "application/pdf"
    assert preview.content.startswith(b"%PDF-")
    assert not CertificateTemplate.objects.exists()
