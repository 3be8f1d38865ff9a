"""The demo's texts, read from the YAML files in demo/content/ that a trainer reads and edits:
one file per course (courses/<slug>.yaml, in the order courses/catalogue.yaml lists them) and per
quiz (quizzes/<slug>.yaml), and one each for the accounts, the home page, the certificates, the
webinars and the H5P activity. Every text has its Kyrgyz, Russian and English in one place.

A file that cannot be read, is not YAML or has not the expected shape raises ContentError naming
the file (and, for YAML, the line)."""

from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent / "content"
LANGUAGES = ("ky", "ru", "en")


class ContentError(Exception):
    """A demo content file is missing or malformed."""


def load(name: str) -> dict:
    """The mapping in demo/content/<name>.yaml."""
    path = CONTENT / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ContentError(f"{path}: cannot be read ({error.strerror})") from error
    except yaml.YAMLError as error:
        raise ContentError(f"{path}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise ContentError(f"{path}: expected a mapping (key: value) at the top")
    return data


def _named(folder: str, slug: str) -> dict:
    data = load(f"{folder}/{slug}")
    if data.get("slug") != slug:
        raise ContentError(
            f"{CONTENT / folder / slug}.yaml: its slug is {data.get('slug')!r}, not {slug!r}"
        )
    return data


def catalogue() -> dict:
    """The course catalogue page (without its list of courses)."""
    return {key: value for key, value in load("courses/catalogue").items() if key != "courses"}


def load_course(slug: str) -> dict:
    return _named("courses", slug)


def courses() -> list[dict]:
    """Every course, in the catalogue's order (a course after those it names)."""
    return [load_course(slug) for slug in load("courses/catalogue").get("courses", [])]


def load_quiz(slug: str) -> dict:
    return _named("quizzes", slug)


def quizzes() -> list[dict]:
    """Every quiz, in the order of their file names."""
    return [load_quiz(path.stem) for path in sorted((CONTENT / "quizzes").glob("*.yaml"))]


def files() -> list[Path]:
    """Every content file."""
    return sorted(CONTENT.rglob("*.yaml"))
