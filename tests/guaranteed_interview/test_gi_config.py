"""Scheme configuration is validated, versioned data."""

from typing import Any

import pytest
import yaml

from services.common.errors import InvalidInput
from services.guaranteed_interview.config import DEFAULT_CONFIG_PATH, default_config, parse_config
from services.guaranteed_interview.models import SchemeName


def raw_default() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
    return data


def test_council_default() -> None:
    cfg = default_config()
    assert cfg.version
    schemes = cfg.schemes
    assert schemes.disability_confident.enabled and not schemes.disability_confident.applies_to_school_based
    assert schemes.care_experienced.enabled and schemes.care_experienced.max_age is None
    assert schemes.armed_forces.serving_weeks_before_discharge == 12
    for name in SchemeName:
        assert schemes.get(name).sources, f"{name} has no source"


def change(path: str, value: Any) -> dict[str, Any]:
    raw = raw_default()
    *parents, last = path.split(".")
    node = raw
    for part in parents:
        node = node[part]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return raw


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("version", "", "version"),
        ("version", ..., "version: Field required"),
        ("schemes.care_experienced.eligibility", "statutory_care_leaver", "needs max_age"),
        ("schemes.care_experienced.max_age", 25, "max_age applies only"),
        ("schemes.care_experienced.eligibility", "everyone", "eligibility"),
        ("schemes.disability_confident.sources", [], "needs at least one source"),
        ("schemes.disability_confident.typo", True, "Extra inputs are not permitted"),
        ("schemes.armed_forces.serving_weeks_before_discharge", -1, "greater than or equal to 0"),
        ("schemes.redeployment", ..., "schemes.redeployment: Field required"),
        ("schemes.veterans", {"enabled": False}, "Extra inputs"),
    ],
)
def test_invalid_config(path: str, value: Any, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_config(change(path, value))


def test_statutory_care_leaver_config() -> None:
    raw = change("schemes.care_experienced.eligibility", "statutory_care_leaver")
    raw["schemes"]["care_experienced"]["max_age"] = 25
    assert parse_config(raw).schemes.care_experienced.max_age == 25


def test_disabled_scheme_needs_no_source() -> None:
    raw = change("schemes.armed_forces.sources", [])
    raw["schemes"]["armed_forces"]["enabled"] = False
    assert not parse_config(raw).schemes.armed_forces.sources
