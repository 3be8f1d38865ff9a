"""The PDF itself: the holder's Kyrgyz name as text, the project's fonts embedded, PDF/A, a QR
code that leads to the verification page, and a long name fitted rather than cut."""

import io

import pypdfium2
import pytest
import zxingcpp
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from certificates.layouts import holder_for, layout_for
from certificates.models import CertificateLogo, Signatory
from certificates.rendering import Holder, Layout, RenderError, name_size_pt, render_pdf
from certificates.services import certificate_pdf
from core.fonts import FAMILY, KYRGYZ, font_files
from tests.certificates.conftest import KYRGYZ_NAME, issue, make_image, page_count, pdf_text
from tests.factories import UserFactory


def embedded_fonts(data: bytes) -> list[dict]:
    fonts = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.append({"name": str(font["/BaseFont"]), "file": "/FontFile2" in descriptor})
    return fonts


def test_the_fonts_cover_kyrgyz_and_come_from_the_project(settings):
    from fontTools.ttLib import TTFont

    for path in font_files().values():
        assert str(path).startswith(str(settings.CERTIFICATE_FONT_CACHE))
        cmap = TTFont(path).getBestCmap()
        assert all(ord(letter) in cmap for letter in KYRGYZ + "ЁёЩщ")


def test_pdf_has_the_kyrgyz_name_exactly_with_embedded_project_fonts(
    course, template, django_capture_on_commit_callbacks
):
    holder = UserFactory(full_name=KYRGYZ_NAME)
    certificate = issue(holder, course, django_capture_on_commit_callbacks)
    data = certificate.pdf.read()

    assert KYRGYZ_NAME in pdf_text(data)
    assert course.title in pdf_text(data)
    assert certificate.code in pdf_text(data)
    fonts = embedded_fonts(data)
    assert fonts and all(font["file"] for font in fonts)
    # Every font is the project's @font-face family: no system font slipped in.
    assert all(FAMILY.replace(" ", "-") in font["name"] for font in fonts)
    catalog = PdfReader(io.BytesIO(data)).trailer["/Root"]
    xmp = catalog["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3" pdfaid:conformance="B"' in xmp
    assert page_count(data) == 1


def test_qr_code_decodes_to_the_absolute_verification_url_which_shows_the_certificate(
    client, course, template, django_capture_on_commit_callbacks, settings
):
    certificate = issue(
        UserFactory(full_name=KYRGYZ_NAME), course, django_capture_on_commit_callbacks
    )
    page = pypdfium2.PdfDocument(certificate.pdf.read())[0]
    image = page.render(scale=3).to_pil()

    [barcode] = zxingcpp.read_barcodes(image)
    assert barcode.format == zxingcpp.BarcodeFormat.QRCode
    url = barcode.text
    assert url == f"http://testserver/ky/certificates/verify/{certificate.code}/"
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200
    assert KYRGYZ_NAME in response.text


def test_a_name_too_long_is_set_smaller_and_never_cut():
    layout = Layout(language="ky", title="Сертификат", body="{name}\n{course}")
    short = "Айгүл Өмүрова"
    long = "Айгүл Ңурланова Өмүрбекова-Үсөнбаева кызы " * 6
    assert name_size_pt(short, layout) == (34.0, False)
    size, wraps = name_size_pt(long, layout)
    assert wraps and size == 14.0
    medium = "Айгүл Ңурланова Өмүрбекова-Үсөнбаева Жолдошбековна"
    medium_size, medium_wraps = name_size_pt(medium, layout)
    assert 14 < medium_size < 34 and not medium_wraps

    holder = Holder(
        long.strip(), "CEDAW", "12", "23.11.2026", "ACDEF-GHJKM-NPRTW-XY346", "http://x/"
    )
    data = render_pdf([(layout, holder)])
    assert page_count(data) == 1
    text = " ".join(pdf_text(data).split())
    assert long.strip() in text.replace("- ", "-")


def test_a_template_whose_background_file_is_gone_cannot_be_saved_nor_rendered(
    course, template, django_capture_on_commit_callbacks
):
    background = make_image()
    template.background = background
    template.full_clean()
    template.save()
    certificate = issue(UserFactory(), course, django_capture_on_commit_callbacks)
    background.file.storage.delete(background.file.name)

    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "background" in error.value.message_dict
    with pytest.raises(RenderError, match="image file missing"):
        certificate_pdf(certificate)


def test_background_logos_and_signatures_are_drawn(
    course, template, django_capture_on_commit_callbacks
):
    template.background = make_image()
    template.save()
    CertificateLogo.objects.create(
        template=template, image=make_image("Лого", "#7a2e8e", (200, 100))
    )
    Signatory.objects.create(
        template=template,
        name="Жылдыз Асанова",
        position="Директор",
        signature=make_image("Кол", "#222222", (300, 90)),
    )
    certificate = issue(UserFactory(), course, django_capture_on_commit_callbacks)
    layout = layout_for(certificate.template, certificate.language)
    data = render_pdf([(layout, holder_for(certificate))])

    text = pdf_text(data)
    assert "Жылдыз Асанова" in text and "Директор" in text
    images = PdfReader(io.BytesIO(data)).pages[0].images
    assert len(images) >= 4  # background, logo, signature, QR code
