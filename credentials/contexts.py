"""The JSON-LD contexts a credential names, served from files in this app (copied from the npm
packages pinned in frontend/package.json by contexts/export.cjs): canonicalisation never
fetches anything, and a context we do not ship is refused loudly."""

import json
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).parent / "contexts"
VC2 = "https://www.w3.org/ns/credentials/v2"
OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
FILES = {VC2: "credentials-v2.json", OB3: "ob-v3p0-context-3.0.3.json"}


class UnknownContext(Exception):
    """A credential names a JSON-LD context Tendik does not ship."""


@cache
def context(url: str) -> dict:
    if url not in FILES:
        raise UnknownContext(f"unknown JSON-LD context: {url}")
    return json.loads((FOLDER / FILES[url]).read_text(encoding="utf-8"))


def document_loader(url: str, options=None) -> dict:
    """pyld's document loader: the shipped contexts, nothing else, never the network."""
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": context(url),
    }
