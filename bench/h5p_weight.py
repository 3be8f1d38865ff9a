"""Bytes a browser transfers for a lesson with an H5P activity, before and after the learner
presses "Start activity", in Chromium; and for a lesson without H5P, to compare.

Run the demo first (`make run`; the demo has its H5P lesson only when ../shared/h5p-samples is
there), then: .venv/bin/python bench/h5p_weight.py [BASE_URL]
Every resource counts (document, styles, scripts, images, fonts, JSON), headers included. Each
lesson is opened in a fresh browser just after signing in, so the site's stylesheet is already
cached (as in bench/page_weight.py) and everything H5P brings is loaded for the first time."""

import shutil
import sys

from playwright.sync_api import sync_playwright

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000"
WITH_H5P = "/ky/courses/gender-cedaw/what-is-gender/check-yourself/"
WITHOUT_H5P = "/ky/courses/gender-cedaw/what-is-gender/sex-and-gender/"
LEARNER = ("learner@demo.tendik.kg", "tendik-demo-2026")
START = "Тапшырманы баштоо"


class Meter:
    def __init__(self, page):
        self.requests = []
        page.on("requestfinished", lambda request: self.requests.append(request))

    def take(self) -> tuple[int, int, dict[str, int]]:
        """Bytes and requests since the last take, by resource type."""
        by_kind: dict[str, int] = {}
        total = 0
        for request in self.requests:
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            by_kind[request.resource_type] = by_kind.get(request.resource_type, 0) + size
            total += size
        count = len(self.requests)
        self.requests.clear()
        return total, count, by_kind


def describe(label: str, figures: tuple[int, int, dict[str, int]]) -> str:
    total, count, by_kind = figures
    parts = ", ".join(f"{kind} {size / 1024:.1f}" for kind, size in sorted(by_kind.items()))
    return f"{label}: {total / 1024:.1f} KB in {count} requests ({parts} KB)"


def signed_in_page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{BASE}/ky/account/sign-in/")
    page.fill("#id_username", LEARNER[0])
    page.fill("#id_password", LEARNER[1])
    page.locator("main button").click()
    page.wait_for_load_state()
    return context, page


def main() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context, page = signed_in_page(browser)
        meter = Meter(page)
        page.goto(f"{BASE}{WITHOUT_H5P}", wait_until="networkidle")
        print(describe(f"lesson without H5P {WITHOUT_H5P}", meter.take()))
        context.close()

        context, page = signed_in_page(browser)
        meter = Meter(page)
        page.goto(f"{BASE}{WITH_H5P}", wait_until="networkidle")
        before = meter.take()
        print(describe(f"lesson with H5P {WITH_H5P}, before start", before))
        page.get_by_role("button", name=START).click()
        page.frame_locator("iframe.h5p-frame").locator("body[data-h5p-ready]").wait_for()
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        started = meter.take()
        print(describe("  pressing start adds", started))
        print(f"  total after start: {(before[0] + started[0]) / 1024:.1f} KB")
        context.close()
        browser.close()


if __name__ == "__main__":
    main()
