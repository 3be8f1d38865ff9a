"""On a 360 px phone in Kyrgyz: a coordinator opens the reports, filters by oblast and period,
reads the tiles, sees the charts drawn (SVG images under the site's policy), downloads the
table as XLSX and the donor report as PDF; a screenshot is kept (test-results/reports-ky.png)
to look at."""

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.browser.conftest import sign_in
from tests.factories import PASSWORD
from tests.helpers import translated
from tests.reports.conftest import data, template  # noqa: F401  (fixtures)
from tests.webinars.conftest import series  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


def test_a_coordinator_filters_the_reports_by_oblast_and_period(page, data, coordinator):  # noqa: F811
    page.set_viewport_size(PHONE)
    sign_in(page, coordinator.email, PASSWORD)
    page.goto("/ky/reports/")
    assert page.locator("h1").inner_text() == translated("Reports")

    page.select_option("#id_region", "naryn")
    page.fill("#id_start", "2026-03-01")
    page.fill("#id_end", "2026-06-30")
    page.select_option("#id_indicator", "face_to_face_people")
    page.locator("#report-filters button").click()
    page.wait_for_load_state()

    assert "region=naryn" in page.url and "start=2026-03-01" in page.url
    tiles = {
        tile.locator(".tile-label").inner_text(): tile.locator(".tile-number").inner_text()
        for tile in page.locator("ul.tiles > li").all()
    }
    assert tiles[translated("People enrolled")] == "5"  # the six women of Naryn, March
    assert tiles[translated("Face-to-face participants")] == "5"  # seven, in Naryn
    assert tiles[translated("Face-to-face sessions held")] == "2"
    charts = page.locator("figure.chart img")
    assert charts.count() >= 2
    for n in range(charts.count()):
        assert page.evaluate(
            "(img) => img.complete && img.naturalWidth > 0", charts.nth(n).element_handle()
        )
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    Path("test-results").mkdir(exist_ok=True)
    page.screenshot(path="test-results/reports-ky.png", full_page=True)

    with page.expect_download() as download:
        page.get_by_text(translated("Download XLSX")).first.click()
    book = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == translated("Gender")

    with page.expect_download() as download:
        page.get_by_text(translated("Donor report (PDF)")).click()
    assert download.value.suggested_filename == "report.pdf"
    reader = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = "".join("".join(pdf_page.extract_text().split()) for pdf_page in reader.pages)
    assert "".join(translated("Donor report").split()) in text
    assert "Нарыноблусу" in text  # the filter as picked
    for label, number in tiles.items():
        assert "".join(label.split()) in text and number in text


def test_counts_from_the_rollup_say_when_and_count_again(page, data, coordinator, settings):  # noqa: F811
    """With the rollup on, the page reads the stored counts, says when they were counted, and
    "Count again now" brings in what changed since."""
    from courses.models import Enrolment
    from tests.factories import UserFactory

    settings.REPORTS_ROLLUP_MINUTES = 15
    page.set_viewport_size(PHONE)
    sign_in(page, coordinator.email, PASSWORD)
    page.goto("/ky/reports/?indicator=enrolments")
    enrolments = translated("Enrolments")

    def tile() -> str:
        label = page.locator("ul.tiles > li", has_text=enrolments).first
        return label.locator(".tile-number").inner_text()

    assert tile() == "10"  # ten enrolments
    counted = page.locator("[data-counted]")
    assert "15" in counted.inner_text()
    for _ in range(5):
        Enrolment.objects.create(user=UserFactory(), course_key=data["course"].translation_key)
    page.reload()
    assert tile() == "10"  # as stored
    counted.get_by_role("button", name=translated("Count again now")).click()
    page.wait_for_load_state()
    assert page.get_by_text(translated("The report is counted again.")).is_visible()
    assert tile() == "15"  # fifteen now
    assert "indicator=enrolments" in page.url
