"""The redaction data files (policies, protected-characteristic phrases, allow-list), loaded and validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import regex
import yaml

__all__ = ["AllowTerm", "Lexicon", "MarkerEntry", "load_lexicon"]

DATA_PACKAGE = "services.redaction.data"


@dataclass(frozen=True)
class MarkerEntry:
    type: str
    pattern: str
    source: str


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
    keyword_patterns: tuple[MarkerEntry, ...]
    keyword_words: frozenset[str]
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


# Workplaces named after a faith or a nationality ("St Mary's Catholic Primary School", "Christian Aid")
# are employers, not disclosures.
_NOT_BEFORE = (r"(?!(?:\s+(?-i:\p{Lu})[\p{L}'’]*)*\s+"
               r"(?i:school|academy|college|primary|high school|hospital|hospice|"
               r"aid|relief|care home|nursery|centre|center)\b)")


def _words(items: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


def _keyword_patterns(data: dict[str, Any], labels: dict[str, str]) -> tuple[MarkerEntry, ...]:
    left, right = _words(data["keyword_left"]), _words(data["right_nouns"])
    owner = _words(data["owner_words"])
    out = []
    for group in data.get("keywords", []):
        if group["type"] not in labels or not group.get("source"):
            raise ValueError("protected_markers.yaml: every keyword group needs a known type and a source")
        lead = (rf"(?:{owner})\s+(?:(?:{left}|\w+)\s+)?" if group.get("needs_owner")
                else rf"(?:(?:{left})\s+){{0,4}}")
        pattern = (rf"{lead}(?:{_words(group['words'])})(?:\s+(?:{right}))?(?![\w])" + _NOT_BEFORE)
        regex.compile(pattern)
        out.append(MarkerEntry(group["type"], pattern, group["source"]))
    return tuple(out)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read and validate the data files once per process."""
    policies = _read("policies.yaml")
    markers = _read("protected_markers.yaml")
    allow = _read("allow_list.yaml")
    names = _read("common_word_names.yaml")
    short = _read("diminutives.yaml")
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
    return Lexicon(
        keyword_patterns=_keyword_patterns(markers, labels),
        keyword_words=frozenset(w.casefold() for g in markers.get("keywords", []) for w in g["words"]
                                if " " not in w),
        policies=_policies(policies),
        default_policy=policies["default"],
        marker_labels=labels,
        markers=tuple(entries),
        allow_terms=tuple(terms),
        common_word_names=frozenset(w.casefold() for w in names["words"]),
        diminutives={k: frozenset(v) for k, v in diminutives.items()},
        versions={"policies": policies["version"], "protected_markers": markers["version"],
                  "allow_list": allow["version"], "common_word_names": names["version"],
                  "diminutives": short["version"]},
    )
