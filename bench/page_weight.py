"""Bytes a browser transfers for a page (HTML + CSS + JS, headers included), in Chromium.

Run the demo first (`make run`), then: .venv/bin/python bench/page_weight.py [URL ...]
Default pages: the Kyrgyz home page and sign-up page. Prints one line per page."""

import shutil
import sys

from playwright.sync_api import sync_playwright

BASE = "http://127.0.0.1:8000"
PAGES = [f"{BASE}/ky/", f"{BASE}/ky/account/sign-up/", f"{BASE}/ru/", f"{BASE}/ky/account/sign-in/"]
KINDS = {"document", "stylesheet", "script"}


def weigh(browser, url: str) -> tuple[int, dict[str, int]]:
    context = browser.new_context()
    page = context.new_page()
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


def main(urls: list[str]) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for url in urls:
            total, by_kind = weigh(browser, url)
            parts = ", ".join(
                f"{kind} {size / 1024:.1f} KB" for kind, size in sorted(by_kind.items())
            )
            print(f"{url}: {total / 1024:.1f} KB transferred ({parts})")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1:] or PAGES)
