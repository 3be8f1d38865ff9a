"""Our Kyrgyz catalogues of the admin's upstream apps. Wagtail, wagtail-localize and wagtailmedia
ship no Kyrgyz, so the project keeps its own: locale/admin/<name>/ky/LC_MESSAGES/<domain>.po, one
folder per upstream catalogue, named after the app's label (Wagtail's core app: "wagtail"), on
LOCALE_PATHS after the project's own catalogue (settings.LOCALE_PATHS).

`catalogue_update` rebuilds one from the installed package's English catalogue, keeping what is
translated, adding what is new (with its context and plural forms) and marking what upstream
dropped as obsolete; `catalogue_count` says how much is left, so that an upgrade shows what is new.
`bin/admin-messages update|check` (the `admin_messages` command) runs them over every catalogue."""

from dataclasses import dataclass
from importlib.metadata import packages_distributions, version
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings

# The top-level packages whose apps' catalogues we translate.
UPSTREAM = ("wagtail", "wagtail_localize", "wagtailmedia")
LANGUAGE = "ky"
# As Django's own Kyrgyz catalogues have it.
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
DOMAINS = ("django", "djangojs")
# Folder names that are not the app's label.
NAMES = {"wagtailcore": "wagtail"}


def admin_root() -> Path:
    return Path(settings.BASE_DIR) / "locale" / "admin"


@dataclass(frozen=True)
class Catalogue:
    name: str  # the folder under locale/admin/
    domain: str  # django or djangojs
    package: str  # the app's module, wagtail.admin
    source: Path  # upstream's English catalogue

    @property
    def target(self) -> Path:
        return admin_root() / self.name / LANGUAGE / "LC_MESSAGES" / f"{self.domain}.po"

    @property
    def label(self) -> str:
        return f"{self.name}/{self.domain}"


def upstream_catalogues() -> list[Catalogue]:
    """Every English catalogue of an installed app of the upstream packages."""
    found = []
    for config in apps.get_app_configs():
        if config.name.split(".")[0] not in UPSTREAM:
            continue
        for domain in DOMAINS:
            source = Path(config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if source.exists():
                name = NAMES.get(config.label, config.label)
                found.append(Catalogue(name, domain, config.name, source))
    return sorted(found, key=lambda catalogue: catalogue.label)


def _key(entry: polib.POEntry) -> tuple[str | None, str]:
    return entry.msgctxt, entry.msgid


def _translated(entry: polib.POEntry) -> bool:
    return not entry.obsolete and "fuzzy" not in entry.flags and entry.translated()


def _distribution(package: str) -> str:
    top = package.split(".")[0]
    name = packages_distributions().get(top, [top])[0]
    return f"{name} {version(name)}"


def catalogue_update(catalogue: Catalogue) -> polib.POFile:
    """Write the catalogue anew from upstream's English one, keeping our translations."""
    source = polib.pofile(str(catalogue.source))
    ours = polib.pofile(str(catalogue.target)) if catalogue.target.exists() else polib.POFile()
    kept = {_key(entry): entry for entry in ours}
    result = polib.POFile(wrapwidth=100)
    result.metadata = {
        "Project-Id-Version": _distribution(catalogue.package),
        "Language": LANGUAGE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
    }
    result.header = (
        f"Kyrgyz for {catalogue.package} ({catalogue.domain}), kept by bin/admin-messages.\n"
        "Refresh with `bin/admin-messages update`; `bin/admin-messages check` lists what is left."
    )
    seen = set()
    for entry in source:
        if entry.obsolete or not entry.msgid:
            continue
        seen.add(_key(entry))
        old = kept.get(_key(entry))
        new = polib.POEntry(
            msgid=entry.msgid,
            msgctxt=entry.msgctxt,
            msgid_plural=entry.msgid_plural,
            comment=entry.comment,
            occurrences=entry.occurrences,
            flags=[flag for flag in entry.flags if flag != "fuzzy"],
        )
        if entry.msgid_plural:
            new.msgstr_plural = {0: "", 1: ""}
        if old is not None:
            new.tcomment = old.tcomment
            if entry.msgid_plural and old.msgid_plural:
                new.msgstr_plural = {k: old.msgstr_plural.get(k, "") for k in (0, 1)}
            elif not entry.msgid_plural and not old.msgid_plural:
                new.msgstr = old.msgstr
            elif old.translated():
                # Upstream made it plural or singular: the old text is a start, to be checked.
                text = old.msgstr or old.msgstr_plural.get(0, "")
                if entry.msgid_plural:
                    new.msgstr_plural = {0: text, 1: old.msgstr_plural.get(1, text)}
                else:
                    new.msgstr = text
                new.flags.append("fuzzy")
            if "fuzzy" in old.flags and "fuzzy" not in new.flags:
                new.flags.append("fuzzy")
        result.append(new)
    for old in ours:
        if _key(old) not in seen and old.msgid and old.translated():
            old.obsolete = True
            old.occurrences = []
            result.append(old)
    catalogue.target.parent.mkdir(parents=True, exist_ok=True)
    result.save(str(catalogue.target))
    return result


@dataclass(frozen=True)
class Count:
    catalogue: Catalogue
    translated: int
    total: int
    untranslated: list[str]  # "context|msgid" or "msgid", in upstream's order


def catalogue_count(catalogue: Catalogue) -> Count:
    """Upstream's messages against ours: a message counts when we translate it (not fuzzy), so
    a catalogue not yet updated after an upgrade shows the new messages as left to do."""
    source = [entry for entry in polib.pofile(str(catalogue.source)) if not entry.obsolete]
    ours = {}
    if catalogue.target.exists():
        ours = {_key(entry): entry for entry in polib.pofile(str(catalogue.target))}
    untranslated = [
        f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid
        for entry in source
        if entry.msgid and not (_key(entry) in ours and _translated(ours[_key(entry)]))
    ]
    total = sum(1 for entry in source if entry.msgid)
    return Count(catalogue, total - len(untranslated), total, untranslated)
