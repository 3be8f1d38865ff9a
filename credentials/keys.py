"""The site's Ed25519 signing key, its did:web identity and the public keys it has used.

The private key comes from CREDENTIALS_SIGNING_KEY (a PEM or a Multikey secretKeyMultibase
z3u2…), else from the file CREDENTIALS_KEY_FILE (PEM, outside the repository). Development and
tests generate that file on first use (CREDENTIALS_GENERATE_KEY); production does not, and
refuses to sign without a key (`manage.py credentials_keygen` makes one)."""

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from credentials.models import IssuerKey
from credentials.multibase import multikey_decode, multikey_encode, z_decode, z_encode

# The multicodec prefix of an Ed25519 private key (0x1300 as a varint).
ED25519_PRIV = b"\x80\x26"


def issuer_did() -> str:
    """did:web of the site's address: did:web:tendik.kg, did:web:127.0.0.1%3A8000."""
    parts = urlsplit(settings.CREDENTIALS_ISSUER_URL)
    did = "did:web:" + quote(parts.netloc, safe="")
    path = parts.path.strip("/")
    return did + ("".join(f":{quote(part, safe='')}" for part in path.split("/")) if path else "")


def method_id(public_multibase: str) -> str:
    return f"{issuer_did()}#{public_multibase}"


def public_multibase(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return multikey_encode(raw)


def public_key(multibase: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(multikey_decode(multibase))


def secret_multibase(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return z_encode(ED25519_PRIV + raw)


def parse_private(text: str) -> Ed25519PrivateKey:
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_private_key(text.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ImproperlyConfigured("The credentials signing key is not an Ed25519 key.")
        return key
    data = z_decode(text)
    if not data.startswith(ED25519_PRIV) or len(data) != 34:
        raise ImproperlyConfigured("CREDENTIALS_SIGNING_KEY is not an Ed25519 secretKeyMultibase.")
    return Ed25519PrivateKey.from_private_bytes(data[2:])


def pem(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def key_file() -> Path:
    return Path(settings.CREDENTIALS_KEY_FILE)


def write_key_file(key: Ed25519PrivateKey, path: Path | None = None) -> Path:
    """Write `key` where the site reads it, readable by its owner only, replacing atomically."""
    path = path or key_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem(key))
    partial.replace(path)
    return path


def _load_private() -> Ed25519PrivateKey:
    if settings.CREDENTIALS_SIGNING_KEY:
        return parse_private(settings.CREDENTIALS_SIGNING_KEY)
    path = key_file()
    if path.exists():
        return parse_private(path.read_text(encoding="ascii"))
    if settings.CREDENTIALS_GENERATE_KEY:
        return _generate_once(path)
    raise ImproperlyConfigured(
        "No key to sign credentials with: set CREDENTIALS_SIGNING_KEY or run "
        "`manage.py credentials_keygen` (it writes CREDENTIALS_KEY_FILE)."
    )


def _generate_once(path: Path) -> Ed25519PrivateKey:
    """A new key in `path`, unless another process (the web server and the worker start
    together) made one first: then that one."""
    partial = write_key_file(
        Ed25519PrivateKey.generate(), path.with_name(f"{path.name}.{os.getpid()}")
    )
    try:
        os.link(partial, path)  # fails if the file exists: never two keys
    except FileExistsError:
        pass
    finally:
        partial.unlink()
    return parse_private(path.read_text(encoding="ascii"))


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    record: IssuerKey

    @property
    def method(self) -> str:
        return method_id(self.record.public_multibase)


def key_record(multibase: str) -> IssuerKey:
    """The public key's row, made current: any other key not yet retired is retired now. The
    usual case, this key already the one current key, is one read: the public DID document and
    the verification page ask on every request, and need not write."""
    current = list(IssuerKey.objects.filter(retired_at__isnull=True)[:2])
    if len(current) == 1 and current[0].public_multibase == multibase:
        return current[0]
    return _key_record_made_current(multibase)


@transaction.atomic
def _key_record_made_current(multibase: str) -> IssuerKey:
    record, _ = IssuerKey.objects.get_or_create(public_multibase=multibase)
    if record.retired_at is not None:
        raise ImproperlyConfigured("The configured credentials key was retired; use the new one.")
    IssuerKey.objects.filter(retired_at__isnull=True).exclude(pk=record.pk).update(
        retired_at=timezone.now()
    )
    return record


def signing_key() -> SigningKey:
    private = _load_private()
    return SigningKey(private=private, record=key_record(public_multibase(private)))


def did_document() -> dict:
    """The site's DID document: every key it signs or signed with, the current one first."""
    did = issuer_did()
    keys = sorted(IssuerKey.objects.all(), key=lambda k: (k.retired_at is not None, -k.pk))
    methods = [
        {
            "id": method_id(k.public_multibase),
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": k.public_multibase,
        }
        for k in keys
    ]
    ids = [method["id"] for method in methods]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": methods,
        # Retired keys too: a credential they signed still verifies (its purpose is checked
        # against this list); their private keys are gone, so they sign nothing new.
        "assertionMethod": ids,
    }
