"""docker-compose.yml and the Dockerfile name only commands, variables, ports and paths the code has.

There is no Docker engine on our machines, so this is how the scale-out description stays true.
"""

import shlex
from pathlib import Path

import pytest
import yaml

from services.cli import parser
from services.common.settings import Settings
from services.registry import SERVICES

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
FAIRHIRE_SERVICES = {
    name: spec for name, spec in COMPOSE["services"].items() if spec.get("image", "").startswith("fairhire")
}


def test_every_service_runs_in_its_own_container_with_workers_redis_and_postgres():
    assert set(SERVICES) <= set(COMPOSE["services"])
    assert {"worker", "redis", "postgres", "migrate"} <= set(COMPOSE["services"])
    assert "deploy" not in COMPOSE["services"]["worker"] or "replicas" not in COMPOSE["services"]["worker"]["deploy"]
    assert "container_name" not in COMPOSE["services"]["worker"], "a fixed name would stop --scale worker=N"


@pytest.mark.parametrize("name", sorted(FAIRHIRE_SERVICES))
def test_commands_parse_with_the_real_command_line(name):
    command = FAIRHIRE_SERVICES[name]["command"]
    assert command[0] == "fairhire"
    args = parser().parse_args(command[1:])
    if args.command == "serve" and name in SERVICES:
        assert args.service == name
        assert args.port == 8000


@pytest.mark.parametrize("name", sorted(FAIRHIRE_SERVICES))
def test_environment_variables_are_settings_the_code_reads(name):
    fields = {f"FAIRHIRE_{field.upper()}" for field in Settings.model_fields}
    environment = FAIRHIRE_SERVICES[name]["environment"]
    assert set(environment) <= fields
    assert {"FAIRHIRE_DATABASE_URL", "FAIRHIRE_REDIS_URL", "FAIRHIRE_SECRET_KEY"} <= set(environment)
    assert environment["FAIRHIRE_ENVIRONMENT"] == "production"


def test_api_health_checks_probe_a_route_the_app_serves():
    from services.app import create_app

    paths = create_app().openapi()["paths"]
    for name in SERVICES:
        probe = " ".join(FAIRHIRE_SERVICES[name]["healthcheck"]["test"])
        assert "http://127.0.0.1:8000/readyz" in probe
    assert "/readyz" in paths


def test_the_worker_health_check_names_the_celery_app():
    probe = COMPOSE["services"]["worker"]["healthcheck"]["test"]
    module = probe[probe.index("-A") + 1]
    imported = __import__(module, fromlist=["celery_app"])
    assert imported.celery_app.main == "fairhire"


def test_services_wait_for_healthy_databases():
    for spec in FAIRHIRE_SERVICES.values():
        assert spec["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert spec["depends_on"]["redis"]["condition"] == "service_healthy"


def test_dockerfile_installs_the_package_and_serves_on_the_compose_port():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install ." in dockerfile
    cmd = next(line for line in dockerfile.splitlines() if line.startswith("CMD"))
    assert shlex.split(cmd.removeprefix("CMD").strip().strip("[]").replace(",", " "))[:2] == ["fairhire", "serve"]
    assert "EXPOSE 8000" in dockerfile
