"""Check a credential file offline: signature, dates and status, with a cached DID document."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from credentials.verification import FAILED, PASSED, bit_from_list, verify


class Command(BaseCommand):
    help = (
        "Verify a signed Open Badges credential without the network: its signature against a "
        "cached DID document (--did, saved from the issuer's /.well-known/did.json; default: "
        "this site's keys), its dates, and its status in a cached status list (--status-list)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--did", type=Path, help="the issuer's DID document, saved")
        parser.add_argument("--status-list", type=Path, help="the issuer's status list, saved")

    def handle(self, *args, file, did=None, status_list=None, **options):
        document = self._read(file)
        if did is not None:
            did_document = self._read(did)
        else:
            from credentials.selectors import site_did_document

            did_document = site_did_document()
        status = self._read(status_list) if status_list else None

        def status_bit(entry):
            if status is not None:
                return bit_from_list(status, entry, did_document=did_document)
            if did is None:  # this site's own: its database says
                from credentials.selectors import site_status_bit

                return site_status_bit(entry)
            return None

        report = verify(document, did_document=did_document, status_bit=status_bit)
        marks = {PASSED: "ok", FAILED: "FAILED"}
        for check in report.checks:
            self.stdout.write(
                f"{check.name}: {marks.get(check.outcome, 'unchecked')} — {check.detail}"
            )
        self.stdout.write("VALID" if report.valid else "NOT VALID")
        if not report.valid:
            raise CommandError("the credential did not pass every check", returncode=1)

    def _read(self, path: Path):
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"cannot read {path}: {error}") from error
