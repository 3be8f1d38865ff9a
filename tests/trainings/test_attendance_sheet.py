"""The printed sign-in sheet: a PDF in the session's language with its participants, its
details and a QR code of the session's page."""

import io

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from audit.models import AuditEntry
from core.fonts import FAMILY
from people.models import Gender
from tests.certificates.test_rendering import embedded_fonts
from tests.trainings.attendance_fixtures import make_participant, make_session, register
from trainings.models import Project
from trainings.sheet import blank_rows

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    """The text of every page, with any run of spaces and line breaks as one space (a
    heading wraps in its column)."""
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture
def ky_session(course, trainer):
    session = make_session(
        course, trainer, project=Project.objects.create(name="Айыл аялдары", donor="UN Women")
    )
    register(
        session, make_participant("Жылдыз Ңурланова", birth_year=1987, phone="+996 700 11 22 33")
    )
    register(session, make_participant("Айгүл Өмүрова", gender=Gender.WOMAN, settlement="Кара-Суу"))
    return session


def sheet(client, session, day, language):
    return client.get(f"/{language}/trainings/{session.pk}/sheet/{day.pk}.pdf")


def test_the_sheet_lists_the_participants_and_the_session_in_kyrgyz(
    ky_session, trainer, client_for
):
    day = ky_session.days.first()
    # Asked from a Russian page, the sheet is still in the session's language.
    response = sheet(client_for(trainer), ky_session, day, "ru")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    for expected in (
        "Катышуучулардын каттоо баракчасы",
        "CEDAW негиздери",
        "Жылдыз Ңурланова",
        "Айгүл Өмүрова",
        "+996 700 11 22 33",
        "1987",
        "Кара-Суу",
        "Айыл өкмөтүнүн залы",
        "Ат-Башы",
        "Нарын облусу",
        "Айыл аялдары",
        "Колу",
        "Маалыматтар жөнүндө эскертүүгө макулдук",
        "1-күн, 2 күндөн",
    ):
        assert expected in text, expected
    # Every letter, Ң Ү Ө too, in the project's embedded fonts: no system font slipped in.
    fonts = embedded_fonts(response.content)
    assert fonts and all(
        font["file"] and FAMILY.replace(" ", "-") in font["name"] for font in fonts
    )
    # A4 in landscape (842 × 595 pt).
    box = PdfReader(io.BytesIO(response.content)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    # Registered people first, in name order, then the blank rows numbered on.
    assert text.index("Айгүл Өмүрова") < text.index("Жылдыз Ңурланова") < text.index(" 3 ")
    assert AuditEntry.objects.filter(what="trainings.sheet", action="printed").count() == 1


def test_the_sheet_of_a_russian_session_is_in_russian(course, trainer, client_for):
    session = make_session(course, trainer, language="ru", venue="Дом культуры")
    register(session, make_participant("Елена Петрова", gender=Gender.WOMAN))
    response = sheet(client_for(trainer), session, session.days.first(), "ky")

    text = pdf_text(response.content)
    assert "Лист регистрации участников" in text
    assert "Елена Петрова" in text
    assert "Дом культуры" in text
    assert "Нарынская область" in text
    assert "Подпись" in text
    assert "Катышуучулардын" not in text


def test_the_qr_code_decodes_to_the_session_page(ky_session, trainer, client_for):
    response = sheet(client_for(trainer), ky_session, ky_session.days.first(), "ky")
    image = pypdfium2.PdfDocument(response.content)[0].render(scale=3).to_pil()

    [barcode] = zxingcpp.read_barcodes(image)
    assert barcode.format == zxingcpp.BarcodeFormat.QRCode
    assert barcode.text == f"http://testserver/ky/trainings/{ky_session.pk}/"


def test_blank_rows_fill_up_to_the_capacity_and_a_few_more_always(course, trainer):
    session = make_session(course, trainer, capacity=20)
    assert blank_rows(session, 2) == 18
    assert blank_rows(session, 19) == 5
    session.capacity = 5000
    assert blank_rows(session, 0) == 60


def test_a_day_of_another_session_is_not_found(ky_session, course, trainer, client_for):
    other = make_session(course, trainer)
    response = sheet(client_for(trainer), ky_session, other.days.first(), "ky")
    assert response.status_code == 404
