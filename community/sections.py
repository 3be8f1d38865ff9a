"""The parts of the community its home page lists (spaces, the library, mentoring…): each app
registers its part from its AppConfig.ready(), so community never imports the apps above it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    title: str  # lazily translated
    text: str  # one line saying what is there, lazily translated
    url_name: str


_sections: list[Section] = []


def register_community_section(*, title, text, url_name: str) -> None:
    section = Section(title, text, url_name)
    if section not in _sections:
        _sections.append(section)


def community_sections() -> list[Section]:
    return list(_sections)
