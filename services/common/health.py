"""Liveness and readiness: database, Redis when configured, and whatever each service registers."""

from collections.abc import Callable

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from services.common.db import engine_for
from services.common.settings import SettingsDep

__all__ = ["register_readiness", "router"]

router = APIRouter(tags=["health"])
_checks: dict[str, Callable[[], bool]] = {}


def register_readiness(name: str, check: Callable[[], bool]) -> None:
    """Add a check that /readyz runs; it returns True when ready."""
    _checks[name] = check


def _database_ready(url: str) -> bool:
    with engine_for(url).connect() as connection:
        connection.execute(text("SELECT 1"))
    return True


def _redis_ready(url: str) -> bool:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        return bool(client.ping())
    finally:
        client.close()


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "A dependency is not ready"}})
def readyz(settings: SettingsDep) -> JSONResponse:
    """The database, Redis (when configured) and the loaded models are ready."""
    checks: dict[str, Callable[[], bool]] = {"database": lambda: _database_ready(settings.database_url)}
    if settings.redis_url:
        redis_url = settings.redis_url
        checks["redis"] = lambda: _redis_ready(redis_url)
    checks.update(_checks)
    results: dict[str, str] = {}
    for name, check in checks.items():
        try:
            results[name] = "ok" if check() else "not ready"
        except Exception:  # noqa: BLE001 - any failure means not ready
            results[name] = "unavailable"
    ready = all(v == "ok" for v in results.values())
    body = {"status": "ready" if ready else "not ready", "checks": results}
    if ready:
        return JSONResponse(body)
    return JSONResponse(
        {"type": "about:blank", "title": "Service Unavailable", "status": 503, **body},
        status_code=503,
        media_type="application/problem+json",
    )
