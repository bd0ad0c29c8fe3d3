"""Serve guaranteed_interview alone, so these tests do not depend on the other services' state."""

import pytest
from fastapi import FastAPI


@pytest.fixture
def app(database_url: str, monkeypatch: pytest.MonkeyPatch) -> FastAPI:
    import services.app
    from services.app import create_app

    # This service registers no background jobs; other services' job modules are not its concern.
    monkeypatch.setattr(services.app, "load_job_handlers", lambda: None)
    return create_app(["guaranteed_interview"])
