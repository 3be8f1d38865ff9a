"""The authoring guide (docs/authoring-ky.md, docs/authoring-ru.md), read in the site for the people
who write and manage content: from the repository's own files, so that it works on a fresh install
with no network, and cannot drift from what the repository documents.

It lives in lms because it describes the authoring of several apps (courses, quizzes, h5p,
webinars, trainings); the admin dashboard links to it (lms.wagtail_hooks)."""

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from markdown_it import MarkdownIt

from people.roles import authors

GUIDES = {"ky": "authoring-ky.md", "ru": "authoring-ru.md"}
DEFAULT = "ky"  # Kyrgyz first: a reader in another language gets the Kyrgyz guide


def guide_language() -> str:
    language = (get_language() or DEFAULT).split("-")[0]
    return language if language in GUIDES else DEFAULT


@lru_cache(maxsize=len(GUIDES))
def _rendered(path: Path, modified: float) -> str:
    # The guide is ours, but raw HTML stays off all the same: Markdown alone, tables included.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    return md.render(path.read_text(encoding="utf-8"))


def guide_html(language: str) -> str:
    path = Path(settings.BASE_DIR) / "docs" / GUIDES[language]
    return _rendered(path, path.stat().st_mtime)


@login_required
def authoring_guide(request):
    if not authors(request.user):
        raise PermissionDenied
    language = guide_language()
    return render(
        request,
        "lms/authoring_guide.html",
        {"guide": mark_safe(guide_html(language)), "guide_language": language},  # noqa: S308
    )
