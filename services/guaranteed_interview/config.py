"""Scheme configuration: the council default from YAML, and validation of an organisation's own."""

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from services.common.errors import InvalidInput
from services.guaranteed_interview.models import SchemeConfig

__all__ = ["DEFAULT_CONFIG_PATH", "default_config", "parse_config"]

DEFAULT_CONFIG_PATH = Path(__file__).parent / "data" / "council_default.yaml"


def parse_config(raw: Any) -> SchemeConfig:
    """A validated scheme configuration, or InvalidInput naming the first few problems."""
    try:
        return SchemeConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'config'}: {err['msg']}" for err in exc.errors()[:5]
        )
        raise InvalidInput(f"invalid scheme configuration: {problems}") from exc


@lru_cache
def default_config() -> SchemeConfig:
    """The council's default schemes, validated once per process."""
    return parse_config(yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8")))
