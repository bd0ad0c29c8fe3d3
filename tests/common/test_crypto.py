"""Personal data is stored encrypted, and only the right secret reads it back."""

import pytest

from services.common.crypto import InvalidToken, decrypt_json, encrypt_json

IDENTITY = {"first_name": "Łukasz", "last_name": "Wójcik", "email": "lukasz.wojcik@example.org"}


def test_round_trip_and_ciphertext_hides_the_data():
    token = encrypt_json(IDENTITY, secret="s" * 40)
    assert b"Wojcik" not in token and "Wójcik".encode() not in token and b"example.org" not in token
    assert decrypt_json(token, secret="s" * 40) == IDENTITY


def test_another_secret_cannot_read_it():
    token = encrypt_json(IDENTITY, secret="s" * 40)
    with pytest.raises(InvalidToken):
        decrypt_json(token, secret="t" * 40)


def test_tampering_is_detected():
    token = bytearray(encrypt_json(IDENTITY, secret="s" * 40))
    token[40] ^= 1
    with pytest.raises(InvalidToken):
        decrypt_json(bytes(token), secret="s" * 40)
