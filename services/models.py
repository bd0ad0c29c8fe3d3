"""Every module that defines tables, so migrations and tests see the whole schema."""

import importlib

__all__ = ["MODEL_MODULES", "import_all_models"]

MODEL_MODULES: tuple[str, ...] = (
    "services.common.store",
    "services.advert_check.store",
    "services.redaction.store",
    "services.guaranteed_interview.store",
)


def import_all_models() -> None:
    for module in MODEL_MODULES:
        importlib.import_module(module)
