"""My learning's sections from the apps above `courses` (the programmes she follows), so that
`courses` never imports them.

An app registers a section from its `AppConfig.ready()`:
`register_learning_section(template="<app>/includes/<name>.html", rows=callable)`. `rows(user)`
returns what the section lists for her (an empty list: the section is not shown), in a fixed
number of queries; the *My learning* page renders `template` with `rows` in its context, after
her courses, in the order the apps registered."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Rows = Callable[[object], Sequence]


@dataclass(frozen=True)
class LearningSection:
    template: str
    rows: Rows


_sections: list[LearningSection] = []


def register_learning_section(*, template: str, rows: Rows) -> None:
    section = LearningSection(template, rows)
    if section not in _sections:
        _sections.append(section)


def learning_sections(user) -> list[dict]:
    """Each registered section with her rows: {"template", "rows"}; the empty ones left out."""
    found = [{"template": s.template, "rows": s.rows(user)} for s in _sections]
    return [section for section in found if section["rows"]]
