"""The redactor: Presidio finds candidates for removal, pure rules here decide and replace.

`build_redactor(settings)` is called once per process (the app's start-up, a Celery worker's
`worker_process_init`); `Redactor.redact(text, candidate)` is then cheap and thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

from services.common.errors import InvalidInput, PayloadTooLarge
from services.redaction.engine import EngineConfig, build_analyzer
from services.redaction.lexicon import Lexicon, load_lexicon
from services.redaction.names import fold, identity_matches
from services.redaction.recognisers import CandidateRecognizer

__all__ = ["PersonNumbering", "Redaction", "RedactedEntity", "Redactor", "build_redactor", "resolve"]

# Presidio's entity names -> ours, and how sure a source must be before we remove on its word.
TYPE_MAP = {
    "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "UK_PHONE": "PHONE", "UK_NINO": "NI_NUMBER",
    "UK_POSTCODE": "POSTCODE", "UK_PASSPORT": "PASSPORT", "UK_DRIVING_LICENCE": "DRIVING_LICENCE",
    "NAME_CONTEXT": "PERSON", "ORGANIZATION": "EDUCATION_INSTITUTION",
}
MIN_SCORE = {"PASSPORT": 0.4, "AGE": 0.4, "URL": 0.5}
PRIORITY = {"CANDIDATE_NAME": 100, "EMAIL": 90, "SOCIAL_HANDLE": 88, "URL": 86, "NI_NUMBER": 85,
            "PHONE": 84, "DRIVING_LICENCE": 83, "PASSPORT": 82, "DATE_OF_BIRTH": 81, "POSTCODE": 80,
            "ADDRESS": 70, "PERSON": 60, "AGE": 55}
REPLACEMENTS = {"CANDIDATE_NAME": "[CANDIDATE]", "EMAIL": "[EMAIL]", "PHONE": "[PHONE]",
                "ADDRESS": "[ADDRESS]", "POSTCODE": "[POSTCODE]", "DATE_OF_BIRTH": "[DATE OF BIRTH]",
                "AGE": "[AGE]", "NI_NUMBER": "[NI NUMBER]", "PASSPORT": "[PASSPORT NUMBER]",
                "DRIVING_LICENCE": "[DRIVING LICENCE NUMBER]", "URL": "[URL]",
                "SOCIAL_HANDLE": "[SOCIAL HANDLE]", "EDUCATION_INSTITUTION": "[EDUCATION INSTITUTION]",
                "HOME_LOCATION": "[LOCATION]"}
# Detections that come from a statistical model or loose context and so yield to the allow-list.
SOFT_TYPES = frozenset({"PERSON", "EDUCATION_INSTITUTION", "HOME_LOCATION", "ADDRESS"})
EDUCATION_WORDS = regex.compile(r"(?i)\b(?:university|college|school|academy|sixth form|polytechnic)\b")
TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "cllr",
                    "councillor"))
HEADER_NAME = regex.compile(
    r"\A\s*(?:(?i:(?:full\s+)?(?:name|applicant|candidate)\s*[:\-])[ \t]*)?"
    r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:,?[ \t]+\p{Lu}[\p{L}'’\-]+){1,3})[ \t]*$", regex.MULTILINE)
LABELLED_NAME = regex.compile(
    r"(?:^|\n)[ \t]*(?i:(?:full[ \t]+)?(?:name|applicant|candidate))[ \t]*[:\-][ \t]*"
    r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:,?[ \t]+\p{Lu}[\p{L}'’\-]+){1,3})")


@dataclass(frozen=True)
class RedactedEntity:
    type: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Redaction:
    """The redacted text and what was removed, with offsets into the input text."""

    text: str
    policy: str
    entities: tuple[RedactedEntity, ...]

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        return [(e.start, e.end, e.type) for e in self.entities]

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        return iter(self.spans)


@dataclass
class PersonNumbering:
    """Which "[PERSON n]" each other person is; pass one instance to every field of an application."""

    people: list[set[str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @staticmethod
    def key(name: str) -> set[str]:
        words = regex.findall(r"[\w]+", fold(name).casefold().replace("'s", ""))
        return {w for w in words if w not in TITLES and len(w) > 1} or {fold(name).casefold()}

    def number_for(self, name: str) -> int:
        tokens = self.key(name)
        with self._lock:
            matches = [i for i, known in enumerate(self.people)
                       if tokens == known or tokens <= known or known <= tokens]
            exact = [i for i in matches if self.people[i] == tokens]
            if exact:
                return exact[0] + 1
            if len(matches) == 1:
                self.people[matches[0]] |= tokens
                return matches[0] + 1
            self.people.append(tokens)
            return len(self.people)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    type: str
    priority: int


def _normalise(result: RecognizerResult, text: str) -> _Span | None:
    kind = result.entity_type
    prefix = CandidateRecognizer.ENTITY_PREFIX
    kind = kind[len(prefix):] if kind.startswith(prefix) else TYPE_MAP.get(kind, kind)
    if kind == "LOCATION" or result.score < MIN_SCORE.get(kind, 0.0):
        return None
    start, end = result.start, result.end
    surface = text[start:end]
    if kind == "EDUCATION_INSTITUTION" and result.entity_type == "ORGANIZATION" \
            and not EDUCATION_WORDS.search(surface):
        return None
    if kind == "PERSON":
        # NER runs names into the next line ("Grace Wood\n\nSupporting"); a name ends at a line break.
        cut = surface.find("\n")
        if cut > 0:
            end = start + cut
            surface = text[start:end]
        trimmed = surface.rstrip(" \t.,;:")
        end = start + len(trimmed)
        if trimmed.endswith(("'s", "’s")):
            end -= 2
        if regex.search(r"\d", surface) or not regex.search(r"\p{Lu}", surface) or end - start < 2:
            return None
    priority = PRIORITY.get(kind, 50) + (5 if result.entity_type.startswith("ID_") else 0)
    return _Span(start, end, kind, priority)


def _overlaps(span: _Span, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(span.start < e and s < span.end for s, e in ranges)


def resolve(text: str, results: Iterable[RecognizerResult], remove: frozenset[str],
            allowed: list[tuple[int, int]], numbering: PersonNumbering,
            marker_labels: Mapping[str, str]) -> list[RedactedEntity]:
    """Pure: the analyzer's findings -> non-overlapping removals, people numbered consistently."""
    spans = [s for s in (_normalise(r, text) for r in results) if s is not None]
    spans = [s for s in spans if not (s.type in SOFT_TYPES and s.priority < 100 and _overlaps(s, allowed))]
    candidate_ranges = [(s.start, s.end) for s in spans if s.type == "CANDIDATE_NAME"]
    spans = [s for s in spans if s.type in remove
             or (s.type == "PERSON" and "CANDIDATE_NAME" in remove and _overlaps(s, candidate_ranges))]
    # Cluster overlapping spans; the cluster is removed whole and named after its longest member.
    clusters: list[list[_Span]] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if clusters and span.start < max(s.end for s in clusters[-1]):
            clusters[-1].append(span)
        else:
            clusters.append([span])
    entities: list[RedactedEntity] = []
    for cluster in clusters:
        start, end = min(s.start for s in cluster), max(s.end for s in cluster)
        kinds = {s.type for s in cluster}
        best = max(cluster, key=lambda s: (s.end - s.start, s.priority))
        kind = "CANDIDATE_NAME" if best.type == "PERSON" and "CANDIDATE_NAME" in kinds else best.type
        if kind == "PERSON":
            replacement = f"[PERSON {numbering.number_for(text[best.start:best.end])}]"
        elif kind in marker_labels:
            replacement = f"[removed: {marker_labels[kind]}]"
        else:
            replacement = REPLACEMENTS.get(kind, f"[{kind.replace('_', ' ')}]")
        entities.append(RedactedEntity(kind, start, end, replacement))
    return entities


def apply(text: str, entities: Iterable[RedactedEntity]) -> str:
    """The text with each entity replaced (entities sorted and non-overlapping)."""
    out, cursor = [], 0
    for entity in entities:
        out += [text[cursor:entity.start], entity.replacement]
        cursor = entity.end
    out.append(text[cursor:])
    return "".join(out)


def _inferred_identity(text: str) -> dict[str, str] | None:
    """With no identity block: the name in a CV header or an "Applicant:" line is the candidate's."""
    match = LABELLED_NAME.search(text) or HEADER_NAME.match(text[:200])
    if not match:
        return None
    name = match.group("name")
    if "," in name:  # "OKAFOR, Juliet"
        last, _, first = name.partition(",")
    else:
        parts = name.split()
        first, last = " ".join(parts[:-1]), parts[-1]
    return {"first_name": first.strip(), "last_name": last.strip()}


def _as_mapping(candidate: Any) -> dict[str, Any]:
    if candidate is None:
        return {}
    if isinstance(candidate, Mapping):
        return dict(candidate)
    if hasattr(candidate, "model_dump"):
        return dict(candidate.model_dump())
    return dict(vars(candidate))


class Redactor:
    """Redacts application text. Build once (`build_redactor`); call `redact` per text."""

    def __init__(self, analyzer: AnalyzerEngine, lexicon: Lexicon, max_text_chars: int = 100_000) -> None:
        self.analyzer = analyzer
        self.lexicon = lexicon
        self.max_text_chars = max_text_chars
        terms = sorted((t.term for t in lexicon.allow_terms), key=len, reverse=True)
        self._allow = regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(t) for t in terms) + r")(?!\w)",
                                    regex.IGNORECASE)

    @property
    def policies(self) -> tuple[str, ...]:
        return tuple(self.lexicon.policies)

    def redact(self, text: str, candidate: Any = None, policy: str | None = None,
               numbering: PersonNumbering | None = None) -> Redaction:
        """Remove identifying details from one text; pass `numbering` to share [PERSON n] across fields."""
        policy = policy or self.lexicon.default_policy
        if policy not in self.lexicon.policies:
            raise InvalidInput(f"unknown policy; expected one of: {', '.join(self.lexicon.policies)}")
        if len(text) > self.max_text_chars:
            raise PayloadTooLarge(f"text is longer than {self.max_text_chars} characters")
        numbering = numbering if numbering is not None else PersonNumbering()
        if not text.strip():
            return Redaction(text, policy, ())
        identity = {k: v for k, v in _as_mapping(candidate).items() if isinstance(v, str) and v.strip()}
        ad_hoc: list[EntityRecognizer] = (
            [CandidateRecognizer(identity, self.lexicon.common_word_names)] if identity else [])
        results = list(self.analyzer.analyze(text, language="en", ad_hoc_recognizers=ad_hoc or None))
        if not any(identity.get(k) for k in ("first_name", "last_name", "preferred_name")):
            inferred = _inferred_identity(text)
            if inferred:
                results += [RecognizerResult("ID_" + m.type, m.start, m.end, 1.0)
                            for m in identity_matches(text, inferred, self.lexicon.common_word_names)]
        allowed = [m.span() for m in self._allow.finditer(text)]
        entities = resolve(text, results, self.lexicon.policies[policy], allowed, numbering,
                           self.lexicon.marker_labels)
        return Redaction(apply(text, entities), policy, tuple(entities))


def build_redactor(settings: Any = None) -> Redactor:
    """The process's redactor: loads the spaCy model and recognisers once. Reads optional settings
    `redaction_spacy_model` and `max_text_chars` when given."""
    config = EngineConfig(spacy_package=getattr(settings, "redaction_spacy_model", None)
                          or EngineConfig.spacy_package)
    lexicon = load_lexicon()
    return Redactor(build_analyzer(lexicon, config), lexicon,
                    max_text_chars=getattr(settings, "max_text_chars", None) or 100_000)
