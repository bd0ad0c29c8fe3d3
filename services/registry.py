"""The services FairHire serves, by name: the modules whose `router` each includes.

A module may also expose `on_startup(app)`, called once when the app starts (to build heavy engines).
"""

import importlib
from types import ModuleType

__all__ = ["SERVICES", "load_job_handlers", "service_modules"]

SERVICES: dict[str, tuple[str, ...]] = {
    "redaction": ("services.redaction.api", "services.redaction.applications", "services.redaction.documents_api"),
    "advert_check": ("services.advert_check.api", "services.advert_check.submissions"),
    "guaranteed_interview": ("services.guaranteed_interview.api", "services.guaranteed_interview.flow_api"),
    "web": ("services.web.pages",),
}

# Modules that register background job handlers with services.common.jobs.
JOB_MODULES: tuple[str, ...] = (
    "services.common.webhooks",
    "services.advert_check.submissions",
    "services.redaction.document_jobs",
)


def service_modules(name: str) -> list[ModuleType]:
    return [importlib.import_module(module) for module in SERVICES[name]]


def load_job_handlers() -> None:
    for module in JOB_MODULES:
        importlib.import_module(module)
