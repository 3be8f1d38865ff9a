"""A post's Markdown as safe HTML: markdown-it-py with raw HTML off, then nh3 with an allow-list.

Every link shows its domain after its text ("text (example.org)") and carries
rel="nofollow ugc noopener"; Markdown images are dropped (images come only as uploads, shown
from the private storage). The result is stored with the post (Post.html), rendered once."""

from urllib.parse import urlsplit

import nh3
from django.utils.html import escape
from markdown_it import MarkdownIt

TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr", "span",
    "h3", "h4",
}  # fmt: skip
ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
CLASSES = {"span": {"domain"}}
SCHEMES = {"http", "https", "mailto"}


def domain(href: str) -> str:
    try:
        parts = urlsplit(href)
    except ValueError:
        return ""
    if parts.scheme == "mailto":
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    try:  # a look-alike letter shows as what it is (xn--…)
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _link_open(self, tokens, idx, options, env):
    env.setdefault("domains", []).append(domain(tokens[idx].attrGet("href") or ""))
    return self.renderToken(tokens, idx, options, env)


def _link_close(self, tokens, idx, options, env):
    host = env["domains"].pop() if env.get("domains") else ""
    closing = self.renderToken(tokens, idx, options, env)
    return closing + (f' <span class="domain">({escape(host)})</span>' if host else "")


def _image(self, tokens, idx, options, env):
    return ""  # only uploads are shown


def _heading(self, tokens, idx, options, env):
    # A post's headings sit under the page's: h1–h2 become h3, the rest h4.
    token = tokens[idx]
    token.tag = "h3" if token.tag in ("h1", "h2") else "h4"
    return self.renderToken(tokens, idx, options, env)


_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_md.add_render_rule("link_open", _link_open)
_md.add_render_rule("link_close", _link_close)
_md.add_render_rule("image", _image)
_md.add_render_rule("heading_open", _heading)
_md.add_render_rule("heading_close", _heading)


def render(text: str) -> str:
    return nh3.clean(
        _md.render(text or ""),
        tags=TAGS,
        attributes=ATTRIBUTES,
        allowed_classes=CLASSES,
        url_schemes=SCHEMES,
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    )


def plain(text: str, length: int = 200) -> str:
    """The first words of a post for an email (plain text, no markup)."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"
