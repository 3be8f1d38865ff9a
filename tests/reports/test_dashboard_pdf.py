"""The dashboard's donor report PDF: what the page shows (its tiles, its table, its charts'
tables), in the page's language, with the filters and the suppression note, to the same people
as the page (a trainer: her own sessions), audited as an export."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from audit.models import AuditEntry
from core.suppression import rounding_note
from tests.helpers import translated
from tests.reports.test_dashboard import may_cascade_note, table, tiles

pytestmark = pytest.mark.django_db
QUERY = "?indicator=enrolled&rows=gender&region=naryn"


def pdf_text(data: bytes) -> str:
    """The PDF's text without any white space (a line may break after a hyphen)."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return squash(text)


def squash(text: str) -> str:
    return "".join(text.split())


def has_tile(text: str, label: str, number: str) -> bool:
    """The tiles' table: "label (people)", then its number."""
    return re.search(re.escape(squash(label)) + r"\([^)]*\)" + re.escape(number), text) is not None


def page_and_pdf(client, language: str, query: str = QUERY):
    page = client.get(f"/{language}/reports/{query}")
    pdf = client.get(f"/{language}/reports/report.pdf{query}")
    return page, pdf


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_pdf_holds_the_numbers_the_dashboard_shows(data, client_for, coordinator, language):
    page, pdf = page_and_pdf(client_for(coordinator), language)
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"] == 'attachment; filename="report.pdf"'
    text = pdf_text(pdf.content)
    with translation.override(language):
        assert squash(rounding_note()) in text
    assert squash(translated("Donor report", language)) in text
    assert squash(translated("Oblast", language)) in text  # the filters as picked
    for mark in ("«<5»", "«×»"):
        assert mark in text
    found = tiles(page)
    assert found and all(has_tile(text, label, number) for label, number in found.items())
    for row in table(page)[1:]:
        assert squash("".join(row)) in text
    # Each chart's table: its lines as the page's <details> hold them.
    soup = BeautifulSoup(page.content, "html.parser")
    for figure in soup.select("figure.chart"):
        assert squash(figure.find("figcaption").get_text()) in text
        for row in figure.find("table").find_all("tr")[1:]:
            assert squash(row.get_text()) in text


def test_the_pdf_is_audited_as_an_export(data, client_for, coordinator):
    client_for(coordinator).get(reverse("reports:dashboard_pdf") + QUERY)
    entry = AuditEntry.objects.get(what="reports.dashboard", action="exported")
    assert entry.actor == coordinator


def test_only_those_who_see_the_dashboard_get_its_pdf(data, client_for, learner, trainer):
    url = reverse("reports:dashboard_pdf")
    assert client_for(None).get(url).status_code == 302
    assert client_for(learner).get(url).status_code == 403
    # A trainer who led nothing: her (empty) sessions only.
    other = pdf_text(client_for(trainer).get(url).content)
    assert has_tile(other, translated("Face-to-face participants"), "<5")
    assert squash(translated("People enrolled")) not in other
    # The sessions' trainer: her sessions only, whatever the query string asks.
    lead = client_for(data["lead"])
    page = lead.get(f"/ky/reports/?course={data['course'].translation_key}")
    text = pdf_text(lead.get(f"{url}?course={data['course'].translation_key}").content)
    assert squash(translated("People enrolled")) not in text
    found = tiles(page)
    assert found and all(has_tile(text, label, number) for label, number in found.items())


def test_a_refused_report_is_a_refusal_in_the_pdf(data, client_for, coordinator):
    pdf = client_for(coordinator).get(reverse("reports:dashboard_pdf") + "?region=talas")
    text = pdf_text(pdf.content)
    refusal = translated(
        "Fewer than 5 people match these filters: the report is refused, as it "
        "would point at them. Widen the filters."
    )
    assert squash(refusal) in text
    assert squash(translated("At a glance")) not in text


def test_the_pdf_s_cascade_counts_the_period(db, client_for, coordinator, settings):
    """The cascade of tests/trainings/cascade_fixtures.period_cascade over May 2026: the
    numbers of the dashboard's test, and the note says which period they count."""
    from tests.trainings.cascade_fixtures import period_cascade

    settings.SUPPRESSION_ROUND_TO = 1
    master = period_cascade(crowds=5)["master"]
    query = f"?start=2026-05-01&end=2026-05-31&master={master.pk}"
    text = pdf_text(client_for(coordinator).get(f"/ru/reports/report.pdf{query}").content)
    note = may_cascade_note("ru")
    assert squash(note) in text
    assert squash(translated("Total", "ru") + "4414") in text
