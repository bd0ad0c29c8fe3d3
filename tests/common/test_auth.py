"""API keys and roles: 401 without a valid key, 403 with the wrong role, revocation at once, tenants apart."""

import pytest

from services.common.db import session_factory
from services.common.keys import verify_key


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer not-a-key", "Bearer fh_000000000000_nope",
     "Token fh_abc_def"],
)
def test_requests_without_a_valid_key_get_401_problem(client, authorization):
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = client.get("/v1/keys", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["status"] == 401


@pytest.mark.parametrize(
    ("roles", "status"),
    [(["admin"], 200), (["hr"], 403), (["panel"], 403), (["ats", "recruiter"], 403), (["hr", "admin"], 200)],
)
def test_roles_decide_access(client, auth_headers, roles, status):
    response = client.get("/v1/keys", headers=auth_headers(*roles))
    assert response.status_code == status
    if status == 403:
        assert response.headers["content-type"] == "application/problem+json"
        assert "admin" in response.json()["detail"]


def test_a_key_with_a_right_secret_but_wrong_id_is_refused(client, auth_headers):
    header = auth_headers("admin")["Authorization"]
    _, public_id, secret = header.removeprefix("Bearer ").split("_", 2)
    forged = f"Bearer fh_{'0' * len(public_id)}_{secret}"
    assert client.get("/v1/keys", headers={"Authorization": forged}).status_code == 401


def test_revoked_key_stops_working_at_once(client, auth_headers):
    admin = auth_headers("admin")
    created = client.post("/v1/keys", headers=admin, json={"name": "ats-prod", "roles": ["ats", "admin"]})
    assert created.status_code == 201
    new_key = {"Authorization": f"Bearer {created.json()['key']}"}
    assert client.get("/v1/keys", headers=new_key).status_code == 200

    assert client.delete(f"/v1/keys/{created.json()['id']}", headers=admin).status_code == 204
    assert client.get("/v1/keys", headers=new_key).status_code == 401


def test_keys_are_stored_hashed(client, auth_headers, database_url):
    created = client.post("/v1/keys", headers=auth_headers("admin"), json={"name": "k", "roles": ["hr"]}).json()
    with session_factory(database_url)() as session:
        record = verify_key(session, created["key"])
        assert record is not None
        assert created["key"].split("_", 2)[2] not in record.secret_hash
    listed = client.get("/v1/keys", headers=auth_headers("admin")).json()
    assert all("key" not in k for k in listed)


def test_one_organisation_never_sees_or_revokes_anothers_keys(client, auth_headers):
    council = auth_headers("admin", org="council")
    charity = auth_headers("admin", org="charity")
    charity_key = client.post("/v1/keys", headers=charity, json={"name": "c", "roles": ["ats"]}).json()

    council_view = client.get("/v1/keys", headers=council).json()
    assert charity_key["id"] not in {k["id"] for k in council_view}
    assert client.delete(f"/v1/keys/{charity_key['id']}", headers=council).status_code == 404
    assert client.get("/v1/audit-events", headers=council).json() == []


def test_key_creation_and_revocation_are_audited(client, auth_headers):
    admin = auth_headers("admin", name="it-admin")
    created = client.post("/v1/keys", headers=admin, json={"name": "panel-1", "roles": ["panel"]}).json()
    client.delete(f"/v1/keys/{created['id']}", headers=admin)
    events = client.get("/v1/audit-events", headers=admin).json()
    assert [(e["action"], e["actor_name"], e["target_id"]) for e in events] == [
        ("key.create", "it-admin", created["id"]),
        ("key.revoke", "it-admin", created["id"]),
    ]
