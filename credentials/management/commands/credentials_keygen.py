"""Make the site's Ed25519 signing key (`--rotate` to replace it, the old public key kept)."""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from credentials.keys import (
    key_file,
    key_record,
    parse_private,
    public_multibase,
    secret_multibase,
    write_key_file,
)
from credentials.models import IssuerKey


class Command(BaseCommand):
    help = (
        "Write a new Ed25519 signing key to CREDENTIALS_KEY_FILE (or, with --print, print it "
        "for CREDENTIALS_SIGNING_KEY). --rotate replaces an existing key: its public key stays "
        "in the DID document so that the credentials it signed still verify."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rotate", action="store_true", help="replace the current key")
        parser.add_argument(
            "--print",
            action="store_true",
            help="print the new secret key (secretKeyMultibase) instead of writing the file",
        )

    def handle(self, *args, rotate=False, print=False, **options):
        path = key_file()
        current = None
        if settings.CREDENTIALS_SIGNING_KEY:
            current = parse_private(settings.CREDENTIALS_SIGNING_KEY)
        elif path.exists():
            current = parse_private(path.read_text(encoding="ascii"))
        if current is not None and not rotate:
            raise CommandError(
                "A signing key exists already; use --rotate to replace it "
                f"(public key {public_multibase(current)})."
            )
        if settings.CREDENTIALS_SIGNING_KEY and not print:
            raise CommandError(
                "The key comes from CREDENTIALS_SIGNING_KEY: use --print and set the new one there."
            )
        new = Ed25519PrivateKey.generate()
        with transaction.atomic():
            if current is not None:  # listed, so that what it signed still verifies
                old, _ = IssuerKey.objects.get_or_create(public_multibase=public_multibase(current))
                if old.retired_at is None:
                    old.retired_at = timezone.now()
                    old.save(update_fields=["retired_at"])
            record = key_record(public_multibase(new))
            if print:
                self.stdout.write(secret_multibase(new))
            else:
                write_key_file(new, path)
                self.stdout.write(f"Wrote {path}")
        self.stderr.write(f"Public key: {record.public_multibase}")
