"""The demo's certificate templates look like real ones: a logo and signed signatures the
project draws itself, seeded once however often the demo is seeded."""

import io

import pytest
from pypdf import PdfReader
from wagtail.images.models import Image

from certificates.layouts import layout_for, sample_holder
from certificates.models import CertificateTemplate
from certificates.rendering import render_pdf
from demo.seed.certificates import seed_certificate_template


@pytest.mark.django_db
def test_the_demo_templates_have_a_logo_and_signatures_and_seeding_again_adds_nothing():
    seed_certificate_template()
    images = Image.objects.count()
    seed_certificate_template()

    assert Image.objects.count() == images == 3  # the logo, two signatures
    templates = CertificateTemplate.objects.all()
    assert {t.locale.language_code for t in templates} == {"ky", "ru", "en"}
    for template in templates:
        assert template.logos.count() == 1
        assert template.signatories.count() == 2
        assert all(person.signature_id for person in template.signatories.all())
        language = template.locale.language_code
        data = render_pdf([(layout_for(template, language), sample_holder(template, language))])
        images_drawn = PdfReader(io.BytesIO(data)).pages[0].images
        assert len(images_drawn) >= 4  # logo, two signatures, QR code


@pytest.mark.django_db
def test_a_demo_seeded_before_gets_the_current_wording():
    template = seed_certificate_template().get_translation(
        CertificateTemplate.objects.get(locale__language_code="ru").locale
    )
    template.body = (
        "Настоящий сертификат подтверждает, что\n{name}\n"
        "успешно завершил(а) курс «{course}» ({hours} ч.) {date}."
    )
    template.save()
    seed_certificate_template()
    template.refresh_from_db()
    assert "{achievement}" in template.body
