"""Health endpoints and the `fairhire` command line."""

import os
import subprocess
import sys

import httpx
import pytest

from tests.servers import free_port, wait_for


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"] == "ok"


def test_readyz_is_503_when_redis_is_configured_but_down(client, monkeypatch):
    from services.common.settings import get_settings

    monkeypatch.setenv("FAIRHIRE_REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    get_settings.cache_clear()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["checks"]["redis"] == "unavailable"


def _fairhire(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "services.cli", *args], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=120, check=False)


def test_keys_create_prints_the_plaintext_key_last_and_list_and_revoke_work(tmp_path):
    env = {"FAIRHIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    created = _fairhire("keys", "create", "--name", "ats-live", "--role", "ats", "--role", "hr", env=env)
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("fh_")

    listed = _fairhire("keys", "list", env=env)
    public_id = key.split("_")[1]
    assert public_id in listed.stdout and "active" in listed.stdout and key not in listed.stdout

    assert _fairhire("keys", "revoke", public_id, env=env).returncode == 0
    assert "revoked" in _fairhire("keys", "list", env=env).stdout


def test_keys_create_rejects_an_unknown_role(tmp_path):
    env = {"FAIRHIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    result = _fairhire("keys", "create", "--name", "x", "--role", "superuser", env=env)
    assert result.returncode != 0
    assert "invalid choice" in result.stderr


@pytest.mark.parametrize("service", [None, "advert_check"])
def test_serve_bootstraps_keys_once_and_serves(tmp_path, service):
    port = free_port()
    env = {**os.environ, "FAIRHIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}"}
    args = [sys.executable, "-m", "services.cli", "serve", "--port", str(port)]
    if service:
        args += ["--service", service]
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200, timeout=90,
                 what="fairhire serve")
        printed = log.read_text()
        keys = {line.split()[0]: line.split()[1] for line in printed.splitlines() if " fh_" in line}
        assert set(keys) == {"ats", "recruiter", "panel", "hr", "admin"}
        admin = {"Authorization": f"Bearer {keys['admin']}"}
        assert httpx.get(f"http://127.0.0.1:{port}/v1/keys", headers=admin).status_code == 200
        paths = httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()["paths"]
        assert "/v1/adverts/check" in paths
        assert ("/v1/redact" in paths) == (service is None)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    again = subprocess.run([*args[:3], "keys", "list"], env=env, capture_output=True, text=True, check=True)
    assert len(again.stdout.strip().splitlines()) == 5


def test_serve_refuses_production_with_the_default_secret(tmp_path):
    env = {"FAIRHIRE_DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}", "FAIRHIRE_ENVIRONMENT": "production"}
    result = _fairhire("serve", "--port", str(free_port()), env=env)
    assert result.returncode == 2
    assert "FAIRHIRE_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_cors_admits_only_the_configured_origins(database_url, monkeypatch):
    from fastapi.testclient import TestClient

    from services.app import create_app
    from services.common.settings import get_settings

    monkeypatch.setenv("FAIRHIRE_CORS_ORIGINS", '["https://ats.example.org"]')
    get_settings.cache_clear()
    with TestClient(create_app()) as client:
        preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"}
        allowed = client.options("/v1/adverts/check", headers={"Origin": "https://ats.example.org", **preflight})
        refused = client.options("/v1/adverts/check", headers={"Origin": "https://evil.example", **preflight})
    assert allowed.headers["access-control-allow-origin"] == "https://ats.example.org"
    assert "access-control-allow-origin" not in refused.headers
