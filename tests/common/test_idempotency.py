"""Idempotency-Key: replay for the same key and body, 422 for another body, 409 while in flight."""

import threading
import time

from fastapi import APIRouter


def test_same_key_and_body_replays_the_first_response(client, auth_headers):
    headers = {**auth_headers("admin"), "Idempotency-Key": "create-ats-key-1"}
    first = client.post("/v1/keys", headers=headers, json={"name": "ats", "roles": ["ats"]})
    second = client.post("/v1/keys", headers=headers, json={"name": "ats", "roles": ["ats"]})
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["idempotent-replayed"] == "true"
    keys = client.get("/v1/keys", headers=auth_headers("admin")).json()
    assert [k["name"] for k in keys].count("ats") == 1


def test_same_key_with_another_body_is_422(client, auth_headers):
    headers = {**auth_headers("admin"), "Idempotency-Key": "k-1"}
    client.post("/v1/keys", headers=headers, json={"name": "a", "roles": ["ats"]})
    response = client.post("/v1/keys", headers=headers, json={"name": "b", "roles": ["ats"]})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_keys_are_scoped_to_the_caller(client, auth_headers):
    one = {**auth_headers("admin", org="one"), "Idempotency-Key": "shared"}
    two = {**auth_headers("admin", org="two"), "Idempotency-Key": "shared"}
    first = client.post("/v1/keys", headers=one, json={"name": "a", "roles": ["ats"]})
    second = client.post("/v1/keys", headers=two, json={"name": "a", "roles": ["ats"]})
    assert second.status_code == 201
    assert second.json()["id"] != first.json()["id"]
    assert "idempotent-replayed" not in second.headers


def test_a_request_still_in_flight_gets_409(app, client, auth_headers):
    release = threading.Event()
    router = APIRouter()

    @router.post("/v1/slow", status_code=201)
    def slow() -> dict[str, str]:
        release.wait(10)
        return {"ok": "yes"}

    app.include_router(router)
    headers = {**auth_headers("ats"), "Idempotency-Key": "slow-1"}
    results = {}
    first = threading.Thread(target=lambda: results.update(first=client.post("/v1/slow", headers=headers)))
    first.start()
    time.sleep(0.5)
    results["second"] = client.post("/v1/slow", headers=headers)
    release.set()
    first.join()
    assert results["second"].status_code == 409
    assert results["first"].status_code == 201
    assert client.post("/v1/slow", headers=headers).headers["idempotent-replayed"] == "true"


def test_an_auth_failure_does_not_use_up_the_key(client, auth_headers):
    bad = {"Authorization": "Bearer fh_nope_nope", "Idempotency-Key": "k"}
    assert client.post("/v1/keys", headers=bad, json={"name": "a", "roles": ["ats"]}).status_code == 401
    assert client.post("/v1/keys", headers=bad, json={"name": "a", "roles": ["ats"]}).status_code == 401
