"""The all-in-one FairHire app (the embedded default), or one service alone."""

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager

from fastapi import FastAPI

from services.common import api as common_api
from services.common import health
from services.common.http import install
from services.common.logs import configure_logging
from services.common.settings import get_settings
from services.registry import SERVICES, load_job_handlers, service_modules

__all__ = ["create_app"]


def create_app(services: Iterable[str] | None = None) -> FastAPI:
    """An app serving the named services (all of them by default)."""
    settings = get_settings()
    names = list(services) if services is not None else list(SERVICES)
    unknown = set(names) - set(SERVICES)
    if unknown:
        raise ValueError(f"unknown service(s): {', '.join(sorted(unknown))}")
    modules = [module for name in names for module in service_modules(name)]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        load_job_handlers()
        for module in modules:
            on_startup = getattr(module, "on_startup", None)
            if on_startup is not None:
                on_startup(app)
        yield

    title = "FairHire" if services is None else f"FairHire {' + '.join(names)}"
    app = FastAPI(title=title, version="0.1.0", lifespan=lifespan,
                  description="Blind applications, inclusive adverts and guaranteed interviews.")
    install(app, settings.max_body_bytes, settings.cors_origins)
    app.include_router(health.router)
    app.include_router(common_api.router)
    for module in modules:
        app.include_router(module.router)
    return app
