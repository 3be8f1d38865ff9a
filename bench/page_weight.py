"""Bytes a browser transfers for a page (HTML + CSS + JS, headers included), in Chromium.

Run the demo first (`make run`), then: .venv/bin/python bench/page_weight.py [URL ...]
Default pages: the home page, sign-up, the catalogue, a course and a lesson, the last two signed
in as the demo learner. Prints one line per page."""

import shutil
import sys

from playwright.sync_api import sync_playwright

BASE = "http://127.0.0.1:8000"
PAGES = [f"{BASE}/ky/", f"{BASE}/ky/account/sign-up/", f"{BASE}/ky/courses/"]
SIGNED_IN = [
    f"{BASE}/ky/courses/gender-cedaw/",
    f"{BASE}/ky/courses/gender-cedaw/what-is-gender/sex-and-gender/",
    f"{BASE}/ky/learning/",
]
LEARNER = ("learner@demo.tendik.kg", "tendik-demo-2026")
KINDS = {"document", "stylesheet", "script"}


def weigh(browser, url: str, sign_in: bool = False) -> tuple[int, dict[str, int]]:
    context = browser.new_context()
    page = context.new_page()
    if sign_in:
        page.goto(f"{BASE}/ky/account/sign-in/")
        page.fill("#id_username", LEARNER[0])
        page.fill("#id_password", LEARNER[1])
        page.locator("main button").click()
        page.wait_for_load_state()
    responses = []
    page.on("requestfinished", lambda request: responses.append(request))
    page.goto(url, wait_until="networkidle")
    by_kind: dict[str, int] = {}
    for request in responses:
        if request.resource_type in KINDS:
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            by_kind[request.resource_type] = by_kind.get(request.resource_type, 0) + size
    context.close()
    return sum(by_kind.values()), by_kind


def main(urls: list[tuple[str, bool]]) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for url, sign_in in urls:
            total, by_kind = weigh(browser, url, sign_in)
            parts = ", ".join(
                f"{kind} {size / 1024:.1f} KB" for kind, size in sorted(by_kind.items())
            )
            who = "learner" if sign_in else "visitor"
            print(f"{url} ({who}): {total / 1024:.1f} KB transferred ({parts})")
        browser.close()


if __name__ == "__main__":
    given = [(url, False) for url in sys.argv[1:]]
    main(given or [(url, False) for url in PAGES] + [(url, True) for url in SIGNED_IN])
