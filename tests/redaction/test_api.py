"""POST /v1/redact end to end through the all-in-one app, with real API keys."""

import logging

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders

TEXT = ("Applicant: Grace Wood\nI am 54 and a mum of two. My manager, Denise Halliwell, put me forward "
        "for NVQ Level 3 at Sefton Council. Call 07700 900214.")
CANDIDATE = {"first_name": "Grace", "last_name": "Wood", "phone": "07700 900214"}


def test_redacts_with_offsets_into_the_input(client: TestClient, auth_headers: AuthHeaders) -> None:
    response = client.post("/v1/redact", json={"text": TEXT, "candidate": CANDIDATE, "policy": None},
                           headers=auth_headers("ats"))
    assert response.status_code == 200
    body = response.json()
    assert body["policy"] == "standard"
    assert body["text"] == ("Applicant: [CANDIDATE]\nI am [AGE] and [removed: gender]. "
                            "My manager, [PERSON 1], put me forward for NVQ Level 3 at Sefton Council. "
                            "Call [PHONE].")
    assert [(TEXT[e["start"]:e["end"]], e["type"], e["replacement"]) for e in body["entities"]] == [
        ("Grace Wood", "CANDIDATE_NAME", "[CANDIDATE]"),
        ("54", "AGE", "[AGE]"),
        ("a mum of two", "GENDER", "[removed: gender]"),
        ("Denise Halliwell", "PERSON", "[PERSON 1]"),
        ("07700 900214", "PHONE", "[PHONE]"),
    ]


@pytest.mark.parametrize("role", ["ats", "hr"])
def test_roles_allowed(client: TestClient, auth_headers: AuthHeaders, role: str) -> None:
    response = client.post("/v1/redact", json={"text": "", "candidate": None, "policy": "strict"},
                           headers=auth_headers(role))
    assert response.status_code == 200
    assert response.json() == {"text": "", "policy": "strict", "entities": []}


@pytest.mark.parametrize("role", ["panel", "recruiter"])
def test_other_roles_forbidden(client: TestClient, auth_headers: AuthHeaders, role: str) -> None:
    response = client.post("/v1/redact", json={"text": "x"}, headers=auth_headers(role))
    assert response.status_code == 403


def test_needs_a_key(client: TestClient) -> None:
    assert client.post("/v1/redact", json={"text": "x"}).status_code == 401


@pytest.mark.parametrize("body", [
    {},
    {"candidate": None},
    {"text": 42},
    {"text": None},
    {"text": ["Grace"]},
    {"text": "x", "candidate": {"first_name": 7}},
])
def test_missing_or_non_string_text_is_422(client: TestClient, auth_headers: AuthHeaders, body: dict) -> None:
    response = client.post("/v1/redact", json=body, headers=auth_headers("ats"))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_unknown_policy_is_422_without_personal_data(client: TestClient, auth_headers: AuthHeaders,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    response = client.post("/v1/redact", json={"text": TEXT, "candidate": CANDIDATE, "policy": "lenient"},
                           headers=auth_headers("hr"))
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "Grace" not in response.text and "07700" not in response.text


def test_personal_data_never_logged(client: TestClient, auth_headers: AuthHeaders,
                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    headers = auth_headers("ats")
    client.post("/v1/redact", json={"text": TEXT, "candidate": CANDIDATE}, headers=headers)
    for secret in ("Grace", "Halliwell", "07700", "900214"):
        assert secret not in caplog.text


def test_redactor_is_built_at_start_up_once(client: TestClient) -> None:
    first = client.app.state.redactor  # type: ignore[attr-defined]
    assert first is not None
    from services.app import create_app
    with TestClient(create_app()) as other:
        assert other.app.state.redactor is first  # type: ignore[attr-defined]


def test_text_over_the_limit_is_413(client: TestClient, auth_headers: AuthHeaders) -> None:
    limit = client.app.state.redactor.max_text_chars  # type: ignore[attr-defined]
    response = client.post("/v1/redact", json={"text": "a" * (limit + 1)}, headers=auth_headers("ats"))
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("application/problem+json")
