"""The redaction data files (policies, protected-characteristic phrases, allow-list), loaded and validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import regex
import yaml

__all__ = ["AllowTerm", "DisclosureVocabulary", "Lexicon", "MarkerEntry", "TermGroup", "load_lexicon"]

DATA_PACKAGE = "services.redaction.data"


@dataclass(frozen=True)
class MarkerEntry:
    type: str
    pattern: str
    source: str


# How a group's terms may be disclosed (services/redaction/disclosures.py says what each frame is).
FRAMES = frozenset({"identity", "having", "possessive", "practice", "sentence_start", "heritage", "passport",
                    "speaker", "origin", "name_order", "first_person_clause", "subject"})


@dataclass(frozen=True)
class TermGroup:
    """Words for one protected characteristic, and the first-person frames that make them a disclosure."""

    name: str
    type: str
    source: str
    frames: frozenset[str]
    words: tuple[str, ...]


@dataclass(frozen=True)
class DisclosureVocabulary:
    """The data behind the clause-level disclosure detector (protected_markers.yaml, `disclosures`)."""

    owners: dict[str, tuple[str, ...]]
    fillers: tuple[str, ...]
    practice_verbs: tuple[str, ...]
    heads: tuple[str, ...]
    uk_places: tuple[str, ...]
    groups: tuple[TermGroup, ...]
    labels: tuple[tuple[str, str, bool], ...]  # (label words, type, only the parts that hold a term)

    def words(self, frame: str) -> tuple[str, ...]:
        """Every term of the groups that use `frame`."""
        return tuple(w for g in self.groups if frame in g.frames for w in g.words)


@dataclass(frozen=True)
class AllowTerm:
    term: str
    kind: str
    source: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the redactor reads from data: versioned, with a source per entry."""

    policies: dict[str, frozenset[str]]
    default_policy: str
    marker_labels: dict[str, str]
    markers: tuple[MarkerEntry, ...]
    allow_terms: tuple[AllowTerm, ...]
    keyword_words: frozenset[str]
    disclosures: DisclosureVocabulary
    common_word_names: frozenset[str]
    diminutives: dict[str, frozenset[str]]
    versions: dict[str, int]


def _read(name: str) -> dict[str, Any]:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise ValueError(f"{name}: expected a mapping with an integer 'version'")
    return data


def _policies(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    raw: dict[str, dict[str, Any]] = data["policies"]
    resolved: dict[str, frozenset[str]] = {}

    def resolve(name: str, seen: tuple[str, ...] = ()) -> frozenset[str]:
        if name in seen:
            raise ValueError(f"policies.yaml: cycle through {name}")
        spec = raw[name]
        base = resolve(spec["extends"], (*seen, name)) if spec.get("extends") else frozenset()
        return base | frozenset(spec.get("remove", []))

    for name in raw:
        resolved[name] = resolve(name)
    if data["default"] not in resolved:
        raise ValueError("policies.yaml: the default policy is not defined")
    return resolved


# health_terms.yaml (NHS Health and Medicines A to Z) extends two groups of protected_markers.yaml.
_HEALTH_LISTS = {"conditions": ("conditions", "procedures", "treatments", "medicines"), "aids": ("aids",)}


def _disclosures(data: dict[str, Any], labels: dict[str, str], health: dict[str, Any]) -> DisclosureVocabulary:
    raw = data["disclosures"]
    groups = []
    for group in raw["groups"]:
        extra = [w for key in _HEALTH_LISTS.get(group["name"], ()) for w in health[key]]
        group = {**group, "words": [*group["words"], *extra]}
        frames = frozenset(group["frames"])
        if group["type"] not in labels or not group.get("source") or not group.get("words") \
                or not frames <= FRAMES:
            raise ValueError(f"protected_markers.yaml: disclosure group {group.get('name')!r} needs a known "
                             "type, a source, words and known frames")
        groups.append(TermGroup(group["name"], group["type"], group["source"], frames,
                                tuple(str(w).casefold() for w in group["words"])))
    for label in raw["labels"]:
        if label["type"] not in labels:
            raise ValueError(f"protected_markers.yaml: label {label['label']!r} has an unknown type")
    return DisclosureVocabulary(
        owners={k: tuple(str(w).casefold() for w in v) for k, v in raw["owners"].items()},
        fillers=tuple(str(w).casefold() for w in raw["fillers"]),
        practice_verbs=tuple(str(w).casefold() for w in raw["practice_verbs"]),
        heads=tuple(str(w).casefold() for w in raw["heads"]),
        uk_places=tuple(str(w).casefold() for w in raw["uk_places"]),
        groups=tuple(groups),
        labels=tuple((label["label"], label["type"], bool(label.get("only_terms"))) for label in raw["labels"]),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and validate the data files once per process."""
    policies = _read("policies.yaml")
    markers = _read("protected_markers.yaml")
    allow = _read("allow_list.yaml")
    names = _read("common_word_names.yaml")
    short = _read("diminutives.yaml")
    health = _read("health_terms.yaml")
    diminutives: dict[str, set[str]] = {}
    for formal, forms in short["names"].items():
        for form in forms:  # both ways: "William" finds "Bill", "Bill" finds "William"
            diminutives.setdefault(formal, set()).add(form)
            diminutives.setdefault(form, set()).add(formal)
    labels: dict[str, str] = markers["labels"]
    entries = []
    for entry in markers["entries"]:
        if entry["type"] not in labels or not entry.get("source"):
            raise ValueError(f"protected_markers.yaml: bad entry {entry.get('pattern')!r}")
        regex.compile(entry["pattern"])
        entries.append(MarkerEntry(entry["type"], entry["pattern"], entry["source"]))
    terms = []
    for entry in allow["entries"]:
        if not entry.get("term") or not entry.get("source"):
            raise ValueError("allow_list.yaml: every entry needs a term and a source")
        terms.append(AllowTerm(entry["term"], entry.get("kind", ""), entry["source"]))
    disclosures = _disclosures(markers, labels, health)
    return Lexicon(
        # The old keyword groups are now the disclosure vocabulary, found in first-person frames only
        # (services/redaction/disclosures.py); the field stays for the recognisers that read it.
        # Single marker words: next to one, a capitalised word is not taken for part of a proper name.
        keyword_words=frozenset(w for g in disclosures.groups if g.frames & {"identity", "speaker"}
                                for w in g.words if " " not in w),
        disclosures=disclosures,
        policies=_policies(policies),
        default_policy=policies["default"],
        marker_labels=labels,
        markers=tuple(entries),
        allow_terms=tuple(terms),
        common_word_names=frozenset(w.casefold() for w in names["words"]),
        diminutives={k: frozenset(v) for k, v in diminutives.items()},
        versions={"policies": policies["version"], "protected_markers": markers["version"],
                  "health_terms": health["version"], "allow_list": allow["version"],
                  "common_word_names": names["version"],
                  "diminutives": short["version"]},
    )
