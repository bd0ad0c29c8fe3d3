"""The same app on a real PostgreSQL: migrations, keys, tenants, idempotency and jobs."""

import pytest
from fastapi.testclient import TestClient

from services.common.db import session_factory
from services.common.keys import create_key, ensure_organisation
from services.common.settings import get_settings
from services.migrate import upgrade
from tests.servers import postgres_server, wait_for

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def postgres_url():
    with postgres_server() as url:
        upgrade(url)
        yield url


def test_the_app_works_on_postgresql(postgres_url, monkeypatch):
    monkeypatch.setenv("FAIRHIRE_DATABASE_URL", postgres_url)
    monkeypatch.delenv("FAIRHIRE_REDIS_URL", raising=False)
    get_settings.cache_clear()
    with session_factory(postgres_url)() as session:
        admin = create_key(session, ensure_organisation(session, "pg-council"), "admin", ["admin", "ats"])
        session.commit()
    headers = {"Authorization": f"Bearer {admin.plaintext}"}
    from services.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as client:
        assert client.get("/readyz").json()["checks"]["database"] == "ok"
        replayed = [client.post("/v1/keys", headers={**headers, "Idempotency-Key": "pg-1"},
                                json={"name": "panel", "roles": ["panel"]}) for _ in range(2)]
        assert replayed[0].json() == replayed[1].json()
        accepted = client.post("/v1/adverts", headers=headers, json={"text": "We need a cook. Pay is £12.60 an hour."})
        url = accepted.json()["status_url"]
        wait_for(lambda: client.get(url, headers=headers).json()["status"] == "done", timeout=60, what="job")
        actions = [e["action"] for e in client.get("/v1/audit-events", headers=headers).json()]
        assert actions == ["key.create", "advert.submit"]
    get_settings.cache_clear()


def test_migrations_are_idempotent(postgres_url):
    upgrade(postgres_url)
