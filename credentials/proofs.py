"""Data Integrity proofs with the eddsa-rdfc-2022 cryptosuite (W3C vc-di-eddsa): the document
and the proof's options are canonicalised with RDF Dataset Canonicalization (URDNA2015, pyld),
hashed with SHA-256 each, and the proof options' hash followed by the document's is signed
with Ed25519; the signature is the proof's `proofValue`, multibase base58btc."""

import copy
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld

from credentials.contexts import UnknownContext, context, document_loader
from credentials.multibase import z_decode, z_encode

CRYPTOSUITE = "eddsa-rdfc-2022"


class ProofError(Exception):
    """A proof that cannot be checked at all (not merely a wrong signature)."""


def _contexts(value):
    """Every context URL a document names, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                for context in item if isinstance(item, list) else [item]:
                    if isinstance(context, str):
                        yield context
                    else:
                        yield from _contexts(context)
            else:
                yield from _contexts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _contexts(item)


def canonical(document: dict) -> str:
    for url in _contexts(document):
        try:
            context(url)
        except UnknownContext as error:
            raise ProofError(str(error)) from error
    try:
        return jsonld.normalize(
            document,
            {
                "algorithm": "URDNA2015",
                "format": "application/n-quads",
                "documentLoader": document_loader,
                "safe": True,
            },
        )
    except jsonld.JsonLdError as error:
        raise ProofError(f"cannot canonicalise the credential: {error}") from error


def _hash_data(unsecured: dict, options: dict) -> bytes:
    config = {**options, "@context": unsecured["@context"]}
    config.pop("proofValue", None)
    return (
        hashlib.sha256(canonical(config).encode()).digest()
        + hashlib.sha256(canonical(unsecured).encode()).digest()
    )


def proof_add(
    document: dict, *, key: Ed25519PrivateKey, verification_method: str, created: str
) -> dict:
    """`document` with an embedded DataIntegrityProof, signed with `key`."""
    unsecured = copy.deepcopy(document)
    unsecured.pop("proof", None)
    options = {
        "type": "DataIntegrityProof",
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
    }
    signature = key.sign(_hash_data(unsecured, options))
    return {**unsecured, "proof": {**options, "proofValue": z_encode(signature)}}


def proof_verify(document: dict, public: Ed25519PublicKey) -> bool:
    """Whether `document`'s proof is a valid eddsa-rdfc-2022 signature by `public`."""
    proof = document.get("proof")
    if not isinstance(proof, dict):
        raise ProofError("the credential has no proof")
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE:
        raise ProofError("the proof is not a DataIntegrityProof with eddsa-rdfc-2022")
    try:
        signature = z_decode(proof.get("proofValue"))
    except ValueError as error:
        raise ProofError("the proof's value is not multibase base58btc") from error
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    if "@context" not in unsecured:
        raise ProofError("the credential has no @context")
    try:
        public.verify(signature, _hash_data(unsecured, proof))
    except InvalidSignature:
        return False
    return True
