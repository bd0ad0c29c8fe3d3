"""Logs carry request ids and never personal data; unsafe production settings are refused."""

import json
import logging

import pytest
from pydantic import ValidationError

from services.common.logs import JsonFormatter
from services.common.settings import DEFAULT_SECRET, Settings

APPLICANT = "Oluwaseun Adebayo-Okafor"
PHONE = "07700 900456"


def test_requests_are_logged_with_a_request_id_and_no_personal_data(client, auth_headers, caplog):
    caplog.set_level(logging.DEBUG)
    headers = {**auth_headers("admin"), "X-Request-ID": "trace-abc-12345"}
    response = client.post("/v1/keys", headers=headers, json={"name": f"{APPLICANT} {PHONE}", "roles": ["bad"]})
    assert response.headers["x-request-id"] == "trace-abc-12345"
    client.post(f"/v1/keys?note={APPLICANT}", headers=headers, json={"name": APPLICANT, "roles": ["ats"]})

    formatter = JsonFormatter()
    lines = [formatter.format(r) for r in caplog.records]
    request_lines = [json.loads(line) for line in lines if '"message": "request"' in line]
    assert {"method": "POST", "path": "/v1/keys", "status": 422}.items() <= request_lines[0].items()
    everything = "\n".join(lines)
    assert APPLICANT not in everything and PHONE not in everything


def test_a_request_id_is_made_when_none_is_sent(client):
    assert len(client.get("/healthz").headers["x-request-id"]) == 32


def test_exceptions_are_logged_by_type_only():
    try:
        raise ValueError(f"could not parse {APPLICANT}")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, "f", 1, "failed", (), exc_info=__import__("sys").exc_info())
    line = JsonFormatter().format(record)
    assert json.loads(line)["exception"] == "ValueError"
    assert APPLICANT not in line


@pytest.mark.parametrize(
    "overrides",
    [
        {"secret_key": DEFAULT_SECRET},
        {"secret_key": "short"},
        {"secret_key": "x" * 40, "cors_origins": ["*"]},
    ],
)
def test_production_refuses_unsafe_settings(overrides):
    with pytest.raises(ValidationError, match="FAIRHIRE_"):
        Settings(environment="production", **overrides)


def test_production_accepts_a_real_secret():
    assert Settings(environment="production", secret_key="k" * 40).environment == "production"


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("FAIRHIRE_DATABASE_URL", "postgresql://u@db/fairhire")
    monkeypatch.setenv("FAIRHIRE_REDIS_URL", "redis://redis:6379/0")
    settings = Settings()
    assert settings.database_url == "postgresql://u@db/fairhire"
    assert not settings.embedded
