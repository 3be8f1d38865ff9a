"""The Wagtail admin in Kyrgyz: our catalogues of the upstream apps (locale/admin/, kept by
bin/admin-messages), and staff who prefer Kyrgyz reading the admin in it."""

import json
import re
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.users.models import UserProfile

from lms.admin_catalogues import Catalogue, catalogue_count, catalogue_update
from people.models import User
from people.roles import Role
from tests.factories import UserFactory

ADMIN = Path(settings.BASE_DIR) / "locale" / "admin"


def check(*names) -> str:
    out = StringIO()
    call_command("admin_messages", "check", *names, "--counts", stdout=out)
    return out.getvalue()


def test_wagtail_admin_is_translated_whole():
    counts = dict(re.findall(r"^(\S+): (\d+ / \d+)$", check("wagtailadmin"), re.M))
    assert set(counts) == {"wagtailadmin/django", "wagtailadmin/djangojs", "total"}
    for translated_total in counts.values():
        translated, total = map(int, translated_total.split(" / "))
        assert translated == total > 0


def test_every_upstream_catalogue_is_translated_whole():
    """What `bin/admin-messages check` would list: nothing, in any catalogue; so the browser
    test (tests/browser/test_admin_kyrgyz.py) excuses no message as still untranslated."""
    counts = dict(re.findall(r"^(\S+): (\d+ / \d+)$", check(), re.M))
    assert len(counts) > 10
    for label, translated_total in counts.items():
        translated, total = map(int, translated_total.split(" / "))
        assert translated == total > 0, label


def test_check_lists_what_is_untranslated_and_fails(tmp_path, settings):
    settings.BASE_DIR = tmp_path  # no catalogue of ours at all: everything is left
    out = StringIO()
    with pytest.raises(CommandError, match="untranslated"):
        call_command("admin_messages", "check", "wagtailadmin", stdout=out)
    assert "wagtailadmin/django: 'Save draft'" in out.getvalue()
    assert re.search(r"^wagtailadmin/django: 0 / \d+$", out.getvalue(), re.M)


def test_unknown_catalogue_is_refused():
    with pytest.raises(CommandError, match="wagtailnothing"):
        check("wagtailnothing")


def po(path: Path, entries, **metadata) -> Path:
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", **metadata}
    for entry in entries:
        catalogue.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    return path


def test_update_keeps_translations_adds_new_and_marks_removed_obsolete(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    source = po(
        tmp_path / "upstream" / "django.po",
        [
            polib.POEntry(msgid="Save draft"),
            polib.POEntry(msgid="New in this version"),
            polib.POEntry(msgid="Open", msgctxt="verb"),
            polib.POEntry(
                msgid="%(count)s page",
                msgid_plural="%(count)s pages",
                msgstr_plural={0: "", 1: ""},
                flags=["python-format"],
            ),
        ],
    )
    catalogue = Catalogue("wagtailadmin", "django", "wagtail.admin", source)
    po(
        catalogue.target,
        [
            polib.POEntry(msgid="Save draft", msgstr="Караламаны сактоо"),
            polib.POEntry(msgid="Open", msgctxt="verb", msgstr="Ачуу"),
            polib.POEntry(
                msgid="%(count)s page",
                msgid_plural="%(count)s pages",
                msgstr_plural={0: "%(count)s барак", 1: "%(count)s барак"},
            ),
            polib.POEntry(msgid="Gone upstream", msgstr="Жок болду"),
        ],
    )

    catalogue_update(catalogue)

    ours = polib.pofile(str(catalogue.target))
    assert ours.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert ours.metadata["Language"] == "ky"
    assert ours.find("Save draft").msgstr == "Караламаны сактоо"
    assert ours.find("Open", msgctxt="verb").msgstr == "Ачуу"
    plural = ours.find("%(count)s page")
    assert plural.msgstr_plural == {0: "%(count)s барак", 1: "%(count)s барак"}
    assert "python-format" in plural.flags
    assert ours.find("New in this version").msgstr == ""
    gone = ours.find("Gone upstream", include_obsolete_entries=True)
    assert gone.obsolete and gone.msgstr == "Жок болду"
    count = catalogue_count(catalogue)
    assert (count.translated, count.total, count.untranslated) == (3, 4, ["New in this version"])


def test_our_catalogues_pass_msgfmt_check(tmp_path):
    files = sorted(ADMIN.glob("*/ky/LC_MESSAGES/*.po"))
    assert ADMIN / "wagtailadmin" / "ky" / "LC_MESSAGES" / "django.po" in files
    for path in files:
        result = subprocess.run(  # noqa: S603
            [shutil.which("msgfmt"), "--check", "-o", str(tmp_path / "out.mo"), str(path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr


def test_project_catalogue_comes_first_then_ours():
    paths = [Path(path) for path in settings.LOCALE_PATHS]
    assert paths[0] == Path(settings.BASE_DIR) / "locale"
    assert Path(settings.BASE_DIR) / "locale" / "admin" / "wagtailadmin" in paths
    assert ("ky", "Кыргызча") in settings.WAGTAILADMIN_PERMITTED_LANGUAGES


@pytest.mark.django_db
def test_staff_who_prefer_kyrgyz_get_the_admin_in_kyrgyz(client_for):
    trainer = UserFactory(role=Role.TRAINER, preferred_language="ky")
    html = client_for(trainer).get("/admin/").content.decode()
    assert '<html lang="ky"' in html
    assert "Башкы панель" in html  # Dashboard
    assert "Dashboard" not in html


@pytest.mark.django_db
def test_the_admin_language_chosen_in_wagtail_still_wins(client_for):
    coordinator = UserFactory(role=Role.COORDINATOR, preferred_language="ky")
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "ru"
    profile.save(update_fields=["preferred_language"])
    html = client_for(coordinator).get("/admin/").content.decode()
    assert '<html lang="ru"' in html


@pytest.mark.django_db
def test_staff_who_prefer_russian_get_it_in_russian(client_for):
    trainer = UserFactory(role=Role.TRAINER, preferred_language="ru")
    assert '<html lang="ru"' in client_for(trainer).get("/admin/").content.decode()


@pytest.mark.django_db
def test_the_admin_javascript_reads_our_kyrgyz_catalogue(client_for):
    trainer = UserFactory(role=Role.TRAINER, preferred_language="ky")
    script = client_for(trainer).get("/admin/jsi18n/").content.decode()
    # Django writes the catalogue as JSON, non-ASCII letters escaped.
    assert f'"Toggle sidebar": {json.dumps("Каптал менюну ачуу/жабуу")}' in script


@pytest.mark.django_db
def test_the_sign_in_page_is_kyrgyz_before_signing_in(client):
    html = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="ky").content.decode()
    assert "Башкаруу панелине кирүү" in html  # Sign in to Wagtail
    assert "Sign in" not in html


@pytest.mark.django_db
def test_the_demo_trainer_and_coordinator_use_the_admin_in_kyrgyz(client_for):
    from demo.seed.people import seed_people

    seed_people()
    for email in ("trainer@demo.tendik.kg", "coordinator@demo.tendik.kg"):
        person = User.objects.get(email=email)
        assert person.preferred_language == "ky"
        assert not UserProfile.get_for_user(person).preferred_language
        assert '<html lang="ky"' in client_for(person).get("/admin/").content.decode()
