"""A certificate reads and lays out right in every language: numbers in its CSS are never
localised (Russian writes 35,8, which CSS ignores), dates and hours are written as the language
writes them."""

import logging

import pypdfium2
import pytest

from certificates.rendering import Holder, Layout, SignatoryLayout, render_pdf

SIGNATORIES = (
    SignatoryLayout("Жылдыз Асанова", "Директор"),
    SignatoryLayout("Нурлан Бейшеев", "Башкы тренер"),
    SignatoryLayout("Бермет Токтогулова", "Координатор"),
)


def text_box(page, text: str) -> tuple[float, float, float, float]:
    """Where `text` is printed on the page: left, bottom, right, top in points."""
    textpage = page.get_textpage()
    searcher = textpage.search(text)
    found = searcher.get_next()
    assert found, f"{text!r} is not on the page"
    start, count = found
    boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
    return (
        min(box[0] for box in boxes),
        min(box[1] for box in boxes),
        max(box[2] for box in boxes),
        max(box[3] for box in boxes),
    )


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_three_signatories_stand_side_by_side_and_weasyprint_ignores_nothing(language, caplog):
    layout = Layout(
        language=language, title="Сертификат", body="{name}\n{course}", signatories=SIGNATORIES
    )
    holder = Holder(
        "Айгүл Өмүрова", "CEDAW", "1,5", "8 декабря 2026 г.", "ACDEF-GHJKM", "http://x/"
    )

    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        data = render_pdf([(layout, holder)])

    ignored = [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")]
    assert not [message for message in ignored if "Ignored" in message], ignored
    page = pypdfium2.PdfDocument(data)[0]
    boxes = [text_box(page, person.name) for person in SIGNATORIES]
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not overlap(box, other), (boxes, language)
    # Left to right, in the template's order.
    assert boxes[0][2] <= boxes[1][0] and boxes[1][2] <= boxes[2][0]
