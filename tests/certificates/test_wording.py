"""What a certificate says: the course completed or the webinar attended, in the form for the
holder's gender (neutral when another or unsaid), the date written once and kept whole."""

import datetime
from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.models import Locale

from certificates.layouts import holder_for, layout_for
from certificates.models import Certificate, CertificateTemplate
from certificates.rendering import render_pdf
from demo.seed.certificates import TEMPLATE
from tests.certificates.conftest import pdf_text


def certificate(language, gender, *, webinar=False):
    """A certificate as issued, unsaved: the snapshot is all the renderer reads."""
    return Certificate(
        code="ACDEF-GHJKM-NPRTW-XY346",
        holder_name="Айгүл Өмүрова",
        course_title="CEDAW негиздери",
        language=language,
        hours=Decimal("1.5") if webinar else Decimal("12"),
        completed_on=datetime.date(2026, 12, 8),
        gender=gender,
        registration_id=1 if webinar else None,
    )


def text_of(language, gender, *, webinar=False, template=None) -> str:
    item = certificate(language, gender, webinar=webinar)
    data = render_pdf([(layout_for(template, language), holder_for(item))])
    return " ".join(pdf_text(data).replace("\xa0", " ").split())


@pytest.mark.parametrize(
    ("gender", "expected"),
    [
        ("woman", "Успешно завершила курс «CEDAW негиздери» (12 ч.) 8 декабря 2026 г."),
        ("man", "Успешно завершил курс «CEDAW негиздери» (12 ч.) 8 декабря 2026 г."),
        (
            "unsaid",
            "Успешно завершено обучение по курсу «CEDAW негиздери» (12 ч.) 8 декабря 2026 г.",
        ),
        ("another", "Успешно завершено обучение по курсу «CEDAW негиздери» (12 ч.)"),
        ("", "Успешно завершено обучение по курсу"),
    ],
)
@pytest.mark.django_db
def test_russian_certificates_are_worded_for_the_holders_gender(gender, expected):
    text = text_of("ru", gender)
    assert expected in text
    assert "(а)" not in text and "г.." not in text


@pytest.mark.django_db
def test_kyrgyz_and_english_certificates_read_as_those_languages_write():
    assert "«CEDAW негиздери» курсун (12 саат) 8-декабрь 2026-ж. ийгиликтүү аяктады." in text_of(
        "ky", "woman"
    )
    assert "Successfully completed the course “CEDAW негиздери” (12 hours)" in text_of("en", "man")


@pytest.mark.parametrize(
    ("language", "gender", "expected"),
    [
        ("ky", "woman", "8-декабрь 2026-ж. өткөн «CEDAW негиздери» вебинарына катышты (1,5 саат)."),
        ("ru", "woman", "Приняла участие в вебинаре «CEDAW негиздери» 8 декабря 2026 г., 1,5 ч."),
        ("ru", "man", "Принял участие в вебинаре «CEDAW негиздери» 8 декабря 2026 г., 1,5 ч."),
        ("ru", "unsaid", "Подтверждено участие в вебинаре «CEDAW негиздери» 8 декабря 2026 г."),
        ("en", "woman", "Took part in the webinar “CEDAW негиздери” on Dec. 8, 2026, 1.5 hours."),
    ],
)
@pytest.mark.django_db
def test_a_webinar_certificate_says_the_holder_took_part_in_the_webinar(language, gender, expected):
    text = text_of(language, gender, webinar=True)
    assert expected in text
    assert "курс" not in text and "course" not in text


@pytest.mark.django_db
def test_a_template_written_with_the_date_before_a_full_stop_prints_one_full_stop():
    template = CertificateTemplate.objects.create(
        locale=Locale.objects.get_or_create(language_code="ru")[0],
        name="Старый",
        title="Сертификат",
        body="{name}\nзавершил курс «{course}» {date}.",
    )
    assert "8 декабря 2026 г." in text_of("ru", "man", template=template)
    assert "г.." not in text_of("ru", "man", template=template)


@pytest.mark.django_db
def test_the_date_never_breaks_across_lines():
    from certificates.rendering import certificate_html

    item = certificate("ru", "woman")
    with translation.override("ru"):
        html = certificate_html(layout_for(None, "ru"), holder_for(item))
    assert '<b class="keep">8 декабря 2026 г.</b>' in html
    assert "<b>12</b>\xa0ч." in html  # the hours with their unit


def test_the_demo_templates_use_the_worded_placeholder():
    assert all("{achievement}" in content["body"] for content in TEMPLATE.values())


@pytest.mark.django_db
def test_a_kyrgyz_date_stays_on_one_line_after_a_long_course_title():
    import pypdfium2

    from tests.certificates.test_languages import text_box

    item = certificate("ky", "woman")
    item.course_title = "CEDAW: аялдарга карата басмырлоонун бардык түрлөрүн жоюу"
    page = pypdfium2.PdfDocument(render_pdf([(layout_for(None, "ky"), holder_for(item))]))[0]
    left, bottom, right, top = text_box(page, "8-декабрь 2026-ж.")
    assert top - bottom < 20  # one line of 15 pt type, not two
