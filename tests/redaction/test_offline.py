"""Nothing downloads at run time: build the engine and redact with the network blocked."""

import socket

import pytest

from services.redaction.service import build_redactor


def test_builds_and_redacts_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access is blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a))  # type: ignore[arg-type]

    redactor = build_redactor()  # a fresh one: the model load itself must not reach out
    result = redactor.redact(
        "Email grace.wood@btinternet.com or see https://gracewood.co.uk/cv; a.b@mail.example.org.",
        {"first_name": "Grace", "last_name": "Wood"})

    assert {e.type for e in result.entities} >= {"EMAIL", "URL"}
    assert attempts == []
