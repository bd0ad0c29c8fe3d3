"""Encryption of stored personal data, keyed from FAIRHIRE_SECRET_KEY."""

import base64
import json
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from services.common.settings import get_settings

__all__ = ["InvalidToken", "decrypt_bytes", "decrypt_json", "encrypt_bytes", "encrypt_json"]


@lru_cache(maxsize=4)
def _fernet(secret: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fairhire personal data").derive(
        secret.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt_bytes(data: bytes, secret: str | None = None) -> bytes:
    """Encrypt bytes (authenticated: tampering is detected on decrypt)."""
    return _fernet(secret or get_settings().secret_key).encrypt(data)


def decrypt_bytes(token: bytes, secret: str | None = None) -> bytes:
    """The bytes `encrypt_bytes` encrypted; raises InvalidToken for another key or tampered data."""
    return _fernet(secret or get_settings().secret_key).decrypt(token)


def encrypt_json(value: Any, secret: str | None = None) -> bytes:
    """Encrypt a JSON-serialisable value."""
    return encrypt_bytes(json.dumps(value).encode(), secret)


def decrypt_json(token: bytes, secret: str | None = None) -> Any:
    """The value `encrypt_json` encrypted."""
    return json.loads(decrypt_bytes(token, secret))
