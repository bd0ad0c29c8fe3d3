"""Every error is RFC 9457 problem+json, and none leaks internals or the input."""

import pytest
from fastapi import APIRouter

from services.common.errors import Conflict, FairHireError, InvalidInput, NotFound


def _assert_problem(response, status):
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://")
    assert body["title"]
    return body


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/no/such/route", 404), ("DELETE", "/healthz", 405), ("PUT", "/v1/keys", 405)],
)
def test_routing_errors_are_problems(client, method, path, status):
    _assert_problem(client.request(method, path), status)


def test_malformed_json_is_400(client, auth_headers):
    response = client.post("/v1/keys", headers={**auth_headers("admin"), "content-type": "application/json"},
                           content=b'{"name": "x", ')
    _assert_problem(response, 400)


def test_schema_violation_is_422_without_echoing_the_input(client, auth_headers):
    secret_text = "Aisha Khan, 07700 900123"
    response = client.post("/v1/keys", headers=auth_headers("admin"), json={"name": secret_text, "roles": ["x"]})
    body = _assert_problem(response, 422)
    assert body["errors"][0]["loc"] == ["body", "roles", 0]
    assert secret_text not in response.text


def test_wrong_media_type_is_415(client, auth_headers):
    response = client.post("/v1/keys", headers={**auth_headers("admin"), "content-type": "text/plain"},
                           content=b"name=x")
    _assert_problem(response, 415)


def test_body_over_the_limit_is_413(client, auth_headers, monkeypatch):
    response = client.post("/v1/keys", headers={**auth_headers("admin"), "content-type": "application/json"},
                           content=b" " * (16 * 1024 * 1024 + 1))
    _assert_problem(response, 413)


@pytest.mark.parametrize(("error", "status"), [(NotFound, 404), (Conflict, 409), (InvalidInput, 422)])
def test_domain_errors_map_to_their_status(app, client, error, status):
    router = APIRouter()

    @router.get("/raise")
    def raise_it() -> None:
        raise error("explained for the integrator")

    app.include_router(router)
    body = _assert_problem(client.get("/raise"), status)
    assert body["detail"] == "explained for the integrator"


def test_server_faults_are_500_problems_with_no_internals(app, client):
    router = APIRouter()

    @router.get("/boom")
    def boom() -> None:
        raise RuntimeError("database password is hunter2 and the applicant is Jane Doe")

    app.include_router(router)
    response = client.get("/boom")
    body = _assert_problem(response, 500)
    assert "hunter2" not in response.text and "Jane Doe" not in response.text
    assert "X-Request-ID" in body["detail"]


def test_every_error_class_has_a_client_or_server_status():
    for cls in FairHireError.__subclasses__():
        assert 400 <= cls.status < 500


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [("PUT", "/v1/keys", "GET, POST"), ("GET", "/v1/keys/abc", "DELETE"), ("PATCH", "/healthz", "GET")],
)
def test_405_lists_every_method_the_path_serves(client, method, path, allow):
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
