"""Everything Tendik holds about a person, as one JSON document she downloads from her profile.

`people` knows only the profile; each app that records something about a person (enrolments,
attempts, results, registrations, certificates) registers a section from its `apps.py`, so that
`people` never imports the apps that depend on it. A section is one flat query of rows."""

from collections.abc import Callable, Iterable

from people.models import FUNCTIONING_FIELDS, PROFILE_FIELDS, User

Section = Callable[[User], Iterable[dict]]
_sections: dict[str, Section] = {}


def register_section(name: str, rows: Section) -> None:
    _sections[name] = rows


def personal_data(person: User) -> dict:
    profile = (
        User.objects.filter(pk=person.pk)
        .values("email", *PROFILE_FIELDS, *FUNCTIONING_FIELDS, "date_joined", "last_login")
        .get()
    )
    data = {
        "profile": profile,
        # Her own groups, sensitive ones included: they are hers to see.
        "target_groups": list(
            person.target_groups.values("slug", "name_ky", "name_ru", "name_en", "is_sensitive")
        ),
        "roles": list(person.groups.values_list("name", flat=True)),
        "consents": list(person.consents.values("notice_version", "agreed_at")),
    }
    for name, rows in _sections.items():
        data[name] = list(rows(person))
    return data
