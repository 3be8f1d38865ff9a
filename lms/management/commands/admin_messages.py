from django.core.management.base import BaseCommand, CommandError

from lms.admin_catalogues import catalogue_count, catalogue_update, upstream_catalogues


class Command(BaseCommand):
    help = (
        "Our Kyrgyz catalogues of the admin's upstream apps (locale/admin/): `update` refreshes "
        "them from the installed packages' English catalogues; `check` lists the messages left "
        "untranslated and counts translated / total, per catalogue and in total (exit status 1 "
        "while any is left)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["update", "check"])
        parser.add_argument(
            "names", nargs="*", help="only these catalogues (folder names: wagtailadmin, …)"
        )
        parser.add_argument(
            "--counts", action="store_true", help="check: the counts only, not the messages"
        )

    def handle(self, action, names, counts, **options):
        catalogues = upstream_catalogues()
        if names:
            unknown = set(names) - {catalogue.name for catalogue in catalogues}
            if unknown:
                raise CommandError(f"No upstream catalogue named {', '.join(sorted(unknown))}")
            catalogues = [catalogue for catalogue in catalogues if catalogue.name in names]
        if action == "update":
            for catalogue in catalogues:
                result = catalogue_update(catalogue)
                self.stdout.write(
                    f"{catalogue.label}: {len(result.translated_entries())} translated, "
                    f"{len(result.untranslated_entries())} untranslated, "
                    f"{len(result.fuzzy_entries())} fuzzy, "
                    f"{len(result.obsolete_entries())} obsolete"
                )
            return
        translated = total = 0
        for count in map(catalogue_count, catalogues):
            if not counts:
                for msgid in count.untranslated:
                    self.stdout.write(f"{count.catalogue.label}: {msgid!r}")
            translated += count.translated
            total += count.total
        for count in map(catalogue_count, catalogues):
            self.stdout.write(f"{count.catalogue.label}: {count.translated} / {count.total}")
        self.stdout.write(f"total: {translated} / {total}")
        if translated < total:
            raise CommandError(f"{total - translated} admin messages untranslated")
