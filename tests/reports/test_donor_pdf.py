"""The donor report PDF (reports.donor_pdf): what it prints is what it is given, in the
report's language, with the project's fonts, the chart embedded, and nothing fetched."""

import io
import re

import pytest
from django.utils import translation
from pypdf import PdfReader

from reports.donor_pdf import Section, chart_uri, donor_pdf_html, render_donor_pdf

# A chart as the charts' library draws one: an SVG naming a font this machine may not have.
CHART = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120" viewBox="0 0 400 120">'
    "<style>text { font-family: Consolas, monospace }</style>"
    '<rect x="10" y="10" width="300" height="40" fill="#6a1b4d"/>'
    '<text x="10" y="100">Ысык-Көл облусу</text></svg>'
)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def report(language: str, **changes) -> bytes:
    values = {
        "ky": {
            "title": "Донорлор үчүн отчет: ЕБ долбоору",
            "period_label": "1-июль – 30-сентябрь 2026-ж.",
            "filters": [("Облус", "Жалал-Абад облусу"), ("Курс", "Гендердик теңчилик")],
            "note": "«<5»: 5 адамдан аз; «×»: жашырылган.",
            "section": "Катталгандар, облус жана жыныс боюнча",
            "header": ["Облус", "Аял", "Эркек", "Бардыгы"],
        },
        "ru": {
            "title": "Отчёт для доноров: проект ЕС",
            "period_label": "1 июля – 30 сентября 2026 г.",
            "filters": [("Область", "Джалал-Абадская область"), ("Курс", "Гендерное равенство")],
            "note": "«<5»: меньше 5; «×»: скрыто.",
            "section": "Записавшиеся, по областям и полу",
            "header": ["Область", "Женщина", "Мужчина", "Итого"],
        },
    }[language]
    rows = [
        ["Нарын", "<5", "×", "17"],
        ["Ош", "1234", "×", "1251"],
        ["Total", "1246", "22", "1268"],
    ]
    arguments = {
        "title": values["title"],
        "period_label": values["period_label"],
        "filters": values["filters"],
        "sections": [
            Section(values["section"], "Ар бир адам бир жолу.", CHART, values["header"], rows)
        ],
        "suppression_note": values["note"],
        "language": language,
        **changes,
    }
    return render_donor_pdf(**arguments), values


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_pdf_prints_title_period_filters_note_and_numbers(language):
    data, values = report(language)
    text = pdf_text(data)
    flat = " ".join(text.split())
    assert values["title"] in flat
    assert values["period_label"] in flat
    for label, value in values["filters"]:
        assert label in flat and value in flat
    assert values["note"] in flat
    assert values["section"] in flat
    assert " ".join(values["header"]) in flat
    assert "Нарын <5 × 17" in flat
    assert "Ош 1234 × 1251" in flat
    # The labels the PDF adds are in the report's language.
    with translation.override(language):
        assert translation.gettext("Period") in flat
        assert translation.gettext("Prepared on") in flat
    assert {"ky": "Мезгил", "ru": "Период"}[language] in flat


def test_pdf_is_titled_and_says_its_language():
    data, values = report("ky")
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata.title == values["title"]
    assert reader.trailer["/Root"]["/Lang"] == "ky"


def _fonts(resources) -> set[str]:
    """The fonts of a page's resources and of the drawings (XObjects) in them, the chart's."""
    names = set()
    resources = resources.get_object() if resources is not None else {}
    for font in resources.get("/Font", {}).values():
        names.add(str(font.get_object()["/BaseFont"]))
    for xobject in resources.get("/XObject", {}).values():
        xobject = xobject.get_object()
        if "/Resources" in xobject:
            names |= _fonts(xobject["/Resources"])
    return names


def test_pdf_embeds_only_the_project_fonts_the_chart_included():
    """The chart names Consolas: without the override its text would be set in whatever
    monospace font the machine has (DejaVu Sans Mono here), without a care for Kyrgyz."""
    from core.fonts import FAMILY

    data, _values = report("ky")
    reader = PdfReader(io.BytesIO(data))
    names = set().union(*(_fonts(page["/Resources"]) for page in reader.pages))
    family = FAMILY.replace(" ", "-")
    assert names and all(name.split("+")[-1].startswith(family) for name in names), names
    assert "Ысык-Көл облусу" in reader.pages[0].extract_text()  # the chart's own text


def test_chart_is_set_in_the_project_font_and_embedded_as_data():
    import base64

    from core.fonts import FAMILY

    uri = chart_uri(CHART)
    assert uri.startswith("data:image/svg+xml;base64,")
    svg = base64.b64decode(uri.split(",", 1)[1]).decode("utf-8")
    assert re.search(r"<svg[^>]*><style>text, tspan \{ font-family: \"" + FAMILY, svg)
    # A chart given as the pages show it, a data URI, is the same drawing.
    given = "data:image/svg+xml;base64," + base64.b64encode(CHART.encode()).decode()
    assert chart_uri(given) == uri
    html = donor_pdf_html(
        title="T",
        period_label="P",
        filters=[],
        sections=[Section("S", svg=CHART, header=["a"], rows=[["1"]])],
        suppression_note="N",
        language="ky",
    )
    assert 'alt="S"' in html and "data:image/svg+xml;base64," in html


def test_text_given_is_escaped_not_markup():
    data, _values = report("ky", title="<b>Отчет</b> & <script>x</script>")
    assert "<b>Отчет</b> & <script>x</script>" in " ".join(pdf_text(data).split())


def test_a_section_without_rows_says_so_and_a_long_table_takes_pages():
    with translation.override("ky"):
        empty = Section("Бош", header=["Облус", "Аял"], rows=[])
        long = Section(
            "Узун", header=["Облус", "Аял"], rows=[[f"Айыл {n}", str(n)] for n in range(120)]
        )
        data = render_donor_pdf(
            title="Т",
            period_label="П",
            filters=[],
            sections=[empty, long],
            suppression_note="Н",
            language="ky",
        )
    text = pdf_text(data)
    assert "Бул мезгилде эсептей турган эч нерсе жок." in " ".join(text.split())
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2
    assert "Айыл 119" in text


def test_nothing_is_fetched_from_the_network(monkeypatch):
    import urllib.request

    from reports.donor_pdf import _url_fetcher

    opened = []
    real_open = urllib.request.OpenerDirector.open

    def record(self, url, *args, **kwargs):
        opened.append(getattr(url, "full_url", url))
        return real_open(self, url, *args, **kwargs)

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", record)
    remote = CHART.replace(
        "</svg>", '<image href="http://example.com/x.png" width="1" height="1"/></svg>'
    )
    sections = [Section("С", svg=remote, header=["a"], rows=[["1"]])]
    data, _values = report("ky", sections=sections, title='<img src="http://example.com/y">')
    assert data.startswith(b"%PDF")
    assert not [url for url in opened if "example.com" in url]
    with pytest.raises(ValueError, match="disallowed protocol"):
        _url_fetcher()("http://example.com/x.png")
