"""Fixtures every test can use: a fresh database per test, the app, and real API keys."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from services.common.db import session_factory
from services.common.keys import DEFAULT_ORG, create_key, ensure_organisation
from services.common.settings import get_settings
from services.migrate import upgrade

AuthHeaders = Callable[..., dict[str, str]]


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, migrated SQLite database for this test, made the process's configured database."""
    url = f"sqlite:///{tmp_path / 'fairhire.db'}"
    monkeypatch.setenv("FAIRHIRE_DATABASE_URL", url)
    monkeypatch.delenv("FAIRHIRE_REDIS_URL", raising=False)
    get_settings.cache_clear()
    upgrade(url)
    yield url
    get_settings.cache_clear()


@pytest.fixture
def app(database_url: str):  # type: ignore[no-untyped-def]
    from services.app import create_app

    return create_app()


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def auth_headers(database_url: str) -> AuthHeaders:
    """Make a real API key with the given roles; returns the Authorization header for it."""

    def make(*roles: str, org: str = DEFAULT_ORG, name: str = "test-key") -> dict[str, str]:
        with session_factory(database_url)() as session:
            organisation = ensure_organisation(session, org)
            new = create_key(session, organisation, name, roles)
            session.commit()
        return {"Authorization": f"Bearer {new.plaintext}"}

    return make
