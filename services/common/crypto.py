"""Encryption of stored personal data, keyed from FAIRHIRE_SECRET_KEY."""

import base64
import json
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from services.common.settings import get_settings

__all__ = ["InvalidToken", "decrypt_json", "encrypt_json"]


@lru_cache(maxsize=4)
def _fernet(secret: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fairhire personal data").derive(
        secret.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt_json(value: Any, secret: str | None = None) -> bytes:
    """Encrypt a JSON-serialisable value (authenticated: tampering is detected on decrypt)."""
    return _fernet(secret or get_settings().secret_key).encrypt(json.dumps(value).encode())


def decrypt_json(token: bytes, secret: str | None = None) -> Any:
    """The value `encrypt_json` encrypted; raises InvalidToken for another key or tampered data."""
    return json.loads(_fernet(secret or get_settings().secret_key).decrypt(token))
