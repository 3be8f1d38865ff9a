"""The encodings a Data Integrity credential uses: multibase base58btc ('z…') for signatures and
Multikey public keys, and base64url without padding ('u…') for a status list's bits."""

import base64

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
INDEX = {char: i for i, char in enumerate(ALPHABET)}
# The multicodec prefix of an Ed25519 public key (0xed, as an unsigned varint: 0xed 0x01).
ED25519_PUB = b"\xed\x01"


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rest = divmod(number, 58)
        out.append(ALPHABET[rest])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    number = 0
    for char in text:
        if char not in INDEX:
            raise ValueError("not base58btc")
        number = number * 58 + INDEX[char]
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def z_encode(data: bytes) -> str:
    return "z" + b58encode(data)


def z_decode(text: str) -> bytes:
    if not isinstance(text, str) or not text.startswith("z"):
        raise ValueError("not multibase base58btc")
    return b58decode(text[1:])


def u_encode(data: bytes) -> str:
    return "u" + base64.urlsafe_b64encode(data).decode().rstrip("=")


def u_decode(text: str) -> bytes:
    if not isinstance(text, str) or not text.startswith("u"):
        raise ValueError("not multibase base64url")
    body = text[1:]
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))


def multikey_encode(public: bytes) -> str:
    """An Ed25519 public key as Multikey's publicKeyMultibase: z6Mk…"""
    return z_encode(ED25519_PUB + public)


def multikey_decode(text: str) -> bytes:
    data = z_decode(text)
    if not data.startswith(ED25519_PUB) or len(data) != 34:
        raise ValueError("not an Ed25519 Multikey")
    return data[2:]
