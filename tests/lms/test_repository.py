"""No build artefact is committed: the repository holds sources, the build makes the rest.

Compiled catalogues (*.mo) are made by `make install` (compilemessages), wheels and the H5P
player come from the registries, uploads and private files live outside the checkout.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

ARTEFACT = re.compile(
    r"""
    \.(whl|egg|pyc|pyo|mo|sqlite3|sqlite3-journal)$  # packages, bytecode, catalogues, databases
    | (^|/)[^/]+\.egg-info/                          # setuptools metadata
    | (^|/)(__pycache__|node_modules)/               # caches, installed npm packages
    | (^|/)(dist|build)/                             # packaging output
    | ^(media|staticfiles|var)/                      # uploads, collected static, private files
    """,
    re.VERBOSE,
)


def artefacts(paths):
    return [path for path in paths if ARTEFACT.search(path)]


def committed_files():
    root = Path(settings.BASE_DIR)
    if shutil.which("git") is None or not (root / ".git").exists():
        pytest.skip("not a git checkout (e.g. the Docker image): nothing committed to check")
    result = subprocess.run(
        ["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True, text=True
    )
    return [path for path in result.stdout.split("\0") if path]


def test_no_build_artefact_is_committed():
    files = committed_files()
    assert "manage.py" in files
    assert artefacts(files) == []


def test_the_check_recognises_artefacts():
    committed_by_mistake = [
        "polib-1.2.0-py2.py3-none-any.whl",
        "locale/ky/LC_MESSAGES/django.mo",
        "courses/__pycache__/models.cpython-312.pyc",
        "frontend/node_modules/h5p-standalone/package.json",
        "frontend/dist/main.js",
        "build/lib/lms/__init__.py",
        "db.sqlite3",
        "media/original_images/photo.jpg",
        "var/private/certificates/1.pdf",
        "tendik.egg-info/PKG-INFO",
    ]
    assert artefacts(committed_by_mistake) == committed_by_mistake
    # Sources that merely look alike stay allowed.
    sources = [
        "courses/migrations/0002_approval_workflow_and_media_permissions.py",
        "courses/templates/courses/blocks/media_block.html",
        "locale/ky/LC_MESSAGES/django.po",
        "docs/build.md",
    ]
    assert artefacts(sources) == []
