"""Scale-out: a real redis-server and real Celery workers run the jobs the API submits."""

import pytest
from fastapi.testclient import TestClient

from services.common.db import session_factory
from services.common.keys import create_key, ensure_organisation
from services.common.settings import get_settings
from services.common.store import Job
from services.migrate import upgrade
from tests.servers import celery_worker, redis_server, wait_for

pytestmark = pytest.mark.integration

ADVERT = "Join our friendly libraries team as a library assistant. You will help people find books."


@pytest.fixture
def scaled_out(tmp_path, monkeypatch):
    """An API process configured for Redis, and the environment a worker needs to share its database."""
    database_url = f"sqlite:///{tmp_path / 'shared.db'}"
    upgrade(database_url)
    with redis_server() as redis_url:
        env = {"FAIRHIRE_DATABASE_URL": database_url, "FAIRHIRE_REDIS_URL": redis_url}
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        get_settings.cache_clear()
        import workers.celery_app as celery_module

        monkeypatch.setattr(celery_module, "celery_app", celery_module.make_celery())
        with session_factory(database_url)() as session:
            key = create_key(session, ensure_organisation(session, "council"), "ats", ["ats"]).plaintext
            session.commit()
        from services.app import create_app

        with TestClient(create_app(), raise_server_exceptions=False) as client:
            yield client, {"Authorization": f"Bearer {key}"}, env, database_url
    get_settings.cache_clear()


def test_a_job_submitted_through_the_api_completes_on_a_celery_worker(scaled_out):
    client, headers, env, database_url = scaled_out
    with celery_worker(env, name="w1"):
        accepted = client.post("/v1/adverts", headers=headers, json={"text": ADVERT})
        assert accepted.status_code == 202
        status_url = accepted.json()["status_url"]
        wait_for(lambda: client.get(status_url, headers=headers).json()["status"] == "done", timeout=60,
                 what="the worker to finish the job")
    result = client.get(status_url, headers=headers).json()["result"]
    assert result["score"] >= 0
    with session_factory(database_url)() as session:
        job = session.get(Job, accepted.json()["job_id"])
        assert job is not None and job.attempts == 1


def test_jobs_queued_while_no_worker_runs_are_done_when_one_starts(scaled_out):
    client, headers, env, _ = scaled_out
    urls = [client.post("/v1/adverts", headers=headers, json={"text": f"{ADVERT} Ref {i}."}).json()["status_url"]
            for i in range(5)]
    assert {client.get(u, headers=headers).json()["status"] for u in urls} == {"queued"}
    with celery_worker(env, name="late"):
        wait_for(lambda: all(client.get(u, headers=headers).json()["status"] == "done" for u in urls),
                 timeout=90, what="queued jobs to finish")
