"""The Rampart NER model, run beside spaCy by default (docs/redaction.md: the fairest across name origins)."""

import pytest

from services.redaction.engine import EngineConfig
from services.redaction.rampart import RampartRecognizer


@pytest.fixture(scope="module")
def rampart() -> RampartRecognizer:
    recogniser = RampartRecognizer()
    recogniser.load()
    return recogniser


def found(recogniser: RampartRecognizer, text: str, entity: str = "RAMPART_PERSON") -> set[str]:
    return {text[r.start:r.end] for r in recogniser.analyze(text, [entity]) if r.entity_type == entity}


def test_rampart_finds_names_of_many_origins(rampart: RampartRecognizer) -> None:
    text = "My referees are Chidi Obi and Siobhan Kearney; my supervisor was Małgorzata Wójcik."
    assert found(rampart, text) >= {"Chidi Obi", "Siobhan Kearney", "Małgorzata Wójcik"}


@pytest.mark.parametrize("text", [
    "I hold PA1 and PA6 pesticide certificates and report with GA4.",
    "I was a teaching assistant at Granby Street Primary and worked at Maghull Court.",
])
def test_rampart_streets_and_codes_are_left_to_our_own_recognisers(rampart: RampartRecognizer, text: str) -> None:
    assert not {r.entity_type for r in rampart.analyze(text, [])} & {"ADDRESS", "UK_POSTCODE"}


def test_default_engine_runs_spacy_and_rampart() -> None:
    assert EngineConfig().ner == ("spacy", "rampart")
