"""The advert-check word lists: YAML data, validated with pydantic, compiled to regexes once."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from services.common.patterns import required_literals

__all__ = [
    "BIAS_CATEGORIES",
    "CATEGORIES",
    "Category",
    "SIGNALS",
    "CompiledEntry",
    "Lexicon",
    "Severity",
    "load_lexicon",
]

Severity = Literal["high", "medium", "low"]

Category = Literal[
    "gender_masculine",
    "gender_feminine",
    "age",
    "disability",
    "race_nationality",
    "socioeconomic",
    "exclusionary_jargon",
    "gendered_term",
    "unnecessary_requirement",
    "complex_word",
    "long_sentence",
    "passive_voice",
    "unexplained_acronym",
]
CATEGORIES: tuple[str, ...] = get_args(Category)
BIAS_CATEGORIES = CATEGORIES[:9]
SignalId = Literal[
    "salary",
    "disability_confident",
    "reasonable_adjustments",
    "flexible_working",
    "care_experienced_gis",
    "apply_anyway",
    "closing_date",
    "contact_for_informal_chat",
    "interview_format_options",
]
SIGNALS: tuple[str, ...] = get_args(SignalId)

_FLAGS = re.IGNORECASE
_SUFFIX = r"(?:s|es|ed|d|ing|er|ers|est)?"


def _check_regex(value: str | None) -> str | None:
    if value is not None:
        try:
            re.compile(value, _FLAGS)
        except re.error as exc:
            raise ValueError(f"bad regular expression {value!r}: {exc}") from exc
    return value


# Where a cue entry may fire without its cue (see `Entry.list_items`).
ListItems = Literal["anywhere", "item_head", "essential", "never"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SafePhrase(_Strict):
    phrase: str = Field(min_length=2)
    source: str = Field(min_length=3)


class Negation(_Strict):
    window_words: int = Field(ge=1, le=20)
    categories: list[Category]
    before: str
    after: str
    source: str = Field(min_length=3)

    _v = field_validator("before", "after")(_check_regex)


class PositiveAction(_Strict):
    pattern: str
    categories: list[Category]
    source: str = Field(min_length=3)

    _v = field_validator("pattern")(_check_regex)


class Cue(_Strict):
    # `before` is searched in the clause before the attribute and may end in \Z to demand adjacency
    # ("must be \Z" + "male"); `after` is matched right where the attribute ends ("men" + " preferred").
    before: str
    after: str
    source: str = Field(min_length=3)

    _v = field_validator("before", "after")(_check_regex)


class Entry(_Strict):
    id: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    category: Category
    severity: Severity
    terms: list[str] = Field(default_factory=list)
    pattern: str | None = None
    inflect: bool = True
    unless_context: str | None = None
    # The entry does not fire when this is found in the same paragraph, up to `wording.BEFORE_WINDOW` characters before
    # the match: a named person that "she" or "his" refers to ("call Ruth Adeyemi ... or email her").
    unless_before: str | None = None
    # The entry fires only when this is found (a plainly junior title, for example).
    only_context: str | None = None
    context_scope: Literal["text", "title"] = "text"
    cue: str | None = None
    cue_window: int = Field(default=8, ge=1, le=30)
    # Without its cue, an entry still fires in a requirements list: anywhere in an item under an
    # "Essential" heading and at the head of an item under "About you"-style headings (`anywhere`),
    # or only at the head of an item under either (`item_head`); `never` for a cue that is the finding itself (a bar).
    list_items: ListItems = "anywhere"
    # Speed only: lower-case words one of which every match contains; the regex is skipped when the
    # advert has none of them (a substring test is far cheaper than a regex tried at every word).
    needs: list[str] = Field(default_factory=list)
    # The entry may report words another category has already reported: a minimum length of
    # experience is both an age risk (Acas) and a requirement that measures time, not ability.
    alongside: bool = False
    message: str = Field(min_length=10)
    suggestion: str | None = None
    source: str = Field(min_length=3)

    _v = field_validator("pattern", "unless_context", "unless_before", "only_context")(_check_regex)

    @model_validator(mode="after")
    def _terms_or_pattern(self) -> Entry:
        if bool(self.terms) == bool(self.pattern):
            raise ValueError(f"{self.id}: give exactly one of `terms` or `pattern`")
        return self


class ComplexWord(_Strict):
    terms: list[str] = Field(min_length=1)
    suggestion: str
    inflect: bool = True
    source: str | None = None


class ComplexWords(_Strict):
    source_default: str = Field(min_length=3)
    items: list[ComplexWord]


class GenderCoded(_Strict):
    source: str = Field(min_length=3)
    masculine: list[str] = Field(min_length=1)
    feminine: list[str] = Field(min_length=1)
    except_: list[str] = Field(default_factory=list, alias="except")
    cue: str | None = None
    cue_window: int = Field(default=8, ge=1, le=30)


class LexiconFile(_Strict):
    version: str
    cues: dict[str, Cue] = Field(default_factory=dict)
    safe_phrases: list[SafePhrase]
    negation: Negation
    positive_action: PositiveAction
    entries: list[Entry]
    complex_words: ComplexWords
    gender_coded: GenderCoded

    @model_validator(mode="after")
    def _unique_ids(self) -> LexiconFile:
        ids = [e.id for e in self.entries]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate entry ids: {sorted(dupes)}")
        named = {e.cue for e in self.entries if e.cue} | ({self.gender_coded.cue} if self.gender_coded.cue else set())
        unknown = sorted(c for c in named if c not in self.cues)
        if unknown:
            raise ValueError(f"entries name undefined cues: {unknown}")
        return self


class Signal(_Strict):
    id: SignalId
    all_of: list[list[str]] = Field(min_length=1)
    suggestion: str = Field(min_length=10)
    source: str = Field(min_length=3)

    @field_validator("all_of")
    @classmethod
    def _regexes(cls, groups: list[list[str]]) -> list[list[str]]:
        for group in groups:
            if not group:
                raise ValueError("empty pattern group")
            for p in group:
                _check_regex(p)
        return groups


class SignalsFile(_Strict):
    version: str
    signals: list[Signal]

    @model_validator(mode="after")
    def _all_signals(self) -> SignalsFile:
        if sorted(s.id for s in self.signals) != sorted(SIGNALS):
            raise ValueError("signals.yaml must define each signal exactly once")
        return self


class AcronymsFile(_Strict):
    version: str
    source: str
    known: list[str]
    ambiguous: list[str] = Field(default_factory=list)


def term_regex(term: str, *, inflect: bool) -> str:
    """A regular expression for one list term: spaces match spaces or hyphens, `*` is a stem."""
    words = term.strip().split()
    parts = []
    for word in words:
        stem = word.endswith("*")
        word = word.rstrip("*")
        piece = re.escape(word).replace(r"\-", r"[\s-]?").replace("'", "['’]").replace(r"/", r"\s*/\s*")
        if stem:
            piece += r"[\w-]*"
        elif word.lower().endswith("man"):
            # chairman/chairmen, woman/women: the plural is irregular, so the matcher supplies it.
            piece = piece[:-2] + r"[ae]n(?:['’]s)?"
        elif word.endswith("y") and len(word) > 3 and word[-2:-1] not in "aeiou":
            piece = piece[:-1] + r"(?:y|ies|ied)"
        elif inflect and word.endswith("e") and len(word) > 3:
            piece = piece[:-1] + r"(?:e(?:s|d|r|rs|st)?|ing)"
        elif inflect and word[-1:].isalpha():
            piece += _SUFFIX
        parts.append(piece)
    start = r"\b" if words[0][0].isalnum() else ""
    end = r"\b" if words[-1].rstrip("*")[-1:].isalnum() or words[-1].endswith("*") else ""
    return start + r",?[\s-]+".join(parts) + end


class CompiledEntry(BaseModel):
    """One rule ready to run: a compiled regex plus everything a finding needs."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    id: str
    category: Category
    severity: Severity
    regex: re.Pattern[str]
    message: str
    suggestion: str | None
    source: str
    unless_context: re.Pattern[str] | None = None
    unless_before: re.Pattern[str] | None = None
    only_context: re.Pattern[str] | None = None
    context_scope: Literal["text", "title"] = "text"
    except_words: frozenset[str] = frozenset()
    cue_before: re.Pattern[str] | None = None
    cue_after: re.Pattern[str] | None = None
    cue_window: int = 8
    list_items: ListItems = "anywhere"
    needs: tuple[str, ...] = ()
    # Lower-cased strings of which every match of `regex` contains at least one (`required_literals`).
    literals: tuple[str, ...] = ()
    alongside: bool = False
    # For term lists: the same matches, to be run on `text.lower()` (see `_fast_alternation`).
    fast: re.Pattern[str] | None = None


class Lexicon(BaseModel):
    """The compiled lists. Built once per process by `load_lexicon()`."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    version: str
    entries: tuple[CompiledEntry, ...]
    safe_phrases: re.Pattern[str]
    safe_phrases_fast: re.Pattern[str] | None
    negation_before: re.Pattern[str]
    negation_after: re.Pattern[str]
    negation_window: int
    negation_categories: frozenset[str]
    positive_action: re.Pattern[str]
    positive_action_categories: frozenset[str]
    signals: tuple[tuple[str, tuple[re.Pattern[str], ...], str, str], ...]
    known_acronyms: frozenset[str]
    ambiguous_acronyms: frozenset[str]
    acronym_source: str

    def lawful(self, category: str, sentence: str) -> bool:
        """A finding of `category` in `sentence` is lawful wording: the sentence invites under-represented groups or
        states a lawful basis (positive action, an occupational requirement, the Civil Service Nationality Rules)."""
        return category in self.positive_action_categories and self.positive_action.search(sentence) is not None


def _read(name: str) -> object:
    text = resources.files("services.advert_check").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _alternation(terms: list[str], inflect: bool) -> str:
    # Longest first, so "native english speaker" wins over "native speaker".
    pieces = [term_regex(t, inflect=inflect) for t in sorted(terms, key=len, reverse=True)]
    # Grouped by first letter: Python's re tries every alternative at every word start, so a
    # 90-term list costs 90 attempts per word; behind a first letter it costs a handful. Only one
    # group can match at a position, so the longest-first order within each group is enough.
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for p in pieces:
        if p.startswith(r"\b") and p[2:3].isalnum():
            groups.setdefault(p[2].lower(), []).append(p[3:])
        else:
            rest.append(p)
    grouped = [rf"\b{c}(?:{'|'.join(tails)})" for c, tails in groups.items()]
    return "|".join(grouped + rest)


def _fast_alternation(terms: list[str], inflect: bool) -> re.Pattern[str] | None:
    """The same list for lower-cased text, without IGNORECASE and with the word boundary after the first
    letter, so re can skip to candidate letters; None when a term does not start with a letter or digit.

    Python's re cannot use its literal-prefix search when a pattern starts with \\b or is case-insensitive,
    so it tries every alternative at every position; this form is about eight times faster on an advert.
    """
    groups: dict[str, list[str]] = {}
    for t in sorted(terms, key=len, reverse=True):
        p = term_regex(t.lower(), inflect=inflect)
        if not (p.startswith(r"\b") and p[2:3].isalnum()):
            return None
        groups.setdefault(p[2], []).append(p[3:])
    # `(?<!\w.)` right after the first letter: the character before that letter is not a word character.
    return re.compile("|".join(rf"{c}(?<!\w.)(?:{'|'.join(tails)})" for c, tails in groups.items()))


def _starts(items: sre_parse.SubPattern) -> tuple[set[str] | None, bool]:
    """The lower-cased characters a match of the parsed sequence can start with (None when unknown), and
    whether the sequence can match nothing at all."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is sre_c.LITERAL:
            return chars | {chr(av).lower()}, False
        if op is sre_c.IN:
            if any(o is not sre_c.LITERAL for o, _ in av):
                return None, False
            return chars | {chr(a).lower() for _, a in av}, False
        if op is sre_c.BRANCH:
            branches = [_starts(b) for b in av[1]]
            if any(first is None for first, _ in branches):
                return None, False
            first, empty = set().union(*(f for f, _ in branches)), any(e for _, e in branches)
        elif op is sre_c.SUBPATTERN:
            first, empty = _starts(av[3])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            first, empty = _starts(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        chars |= first
        if not empty:
            return chars, False
    return chars, True


def compile_entry(pattern: str) -> re.Pattern[str]:
    """`pattern`, case-insensitive, behind a look-ahead for the characters a match can start with.

    Most hand-written patterns are alternations that each start with `\\b`; Python's re tries every
    alternative at every position of the advert. The look-ahead turns most positions away at once; the
    matches are the same."""
    first, empty = _starts(sre_parse.parse(pattern, _FLAGS))
    if not first or empty or len(first) > 30 or re.match(r"\(\?[aiLmsux]+\)", pattern):  # global flags lead
        return re.compile(pattern, _FLAGS)
    return re.compile(f"(?=[{re.escape(''.join(sorted(first)))}])(?:{pattern})", _FLAGS)


@cache
def load_lexicon() -> Lexicon:
    """Read, validate and compile the YAML lists (raises pydantic.ValidationError on a bad file)."""
    lex = LexiconFile.model_validate(_read("lexicon.yaml"))
    sig = SignalsFile.model_validate(_read("signals.yaml"))
    acr = AcronymsFile.model_validate(_read("acronyms.yaml"))

    compiled: list[CompiledEntry] = []
    for e in lex.entries:
        rx = e.pattern if e.pattern else _alternation(e.terms, e.inflect)
        compiled.append(
            CompiledEntry(
                id=e.id,
                category=e.category,
                severity=e.severity,
                regex=compile_entry(rx),
                fast=None if e.pattern else _fast_alternation(e.terms, e.inflect),
                message=e.message,
                suggestion=e.suggestion,
                source=e.source,
                unless_context=re.compile(e.unless_context, _FLAGS) if e.unless_context else None,
                unless_before=re.compile(e.unless_before, _FLAGS) if e.unless_before else None,
                only_context=re.compile(e.only_context, _FLAGS) if e.only_context else None,
                context_scope=e.context_scope,
                cue_before=re.compile(lex.cues[e.cue].before, _FLAGS) if e.cue else None,
                cue_after=re.compile(lex.cues[e.cue].after, _FLAGS) if e.cue else None,
                cue_window=e.cue_window,
                list_items=e.list_items,
                needs=tuple(k.lower() for k in e.needs),
                literals=required_literals(rx),
                alongside=e.alongside,
            )
        )
    cw = lex.complex_words
    for i, item in enumerate(cw.items):
        rx = _alternation(item.terms, item.inflect)
        compiled.append(
            CompiledEntry(
                id=f"complex.{i:02d}_{re.sub(r'[^a-z]+', '_', item.terms[0].lower()).strip('_')}",
                category="complex_word",
                severity="low",
                regex=re.compile(rx, _FLAGS),
                literals=required_literals(rx),
                fast=_fast_alternation(item.terms, item.inflect),
                message=f'"{{text}}" is formal or jargon; a plainer word reads easier: "{item.suggestion}".',
                suggestion=item.suggestion,
                source=item.source or cw.source_default,
            )
        )
    gc = lex.gender_coded
    excepts = frozenset(w.lower() for w in gc.except_)
    for side, terms in (("masculine", gc.masculine), ("feminine", gc.feminine)):
        rx = _alternation(terms, inflect=False)
        compiled.append(
            CompiledEntry(
                id=f"gender.{side}",
                category="gender_masculine" if side == "masculine" else "gender_feminine",
                severity="low",
                regex=re.compile(rx, _FLAGS),
                literals=required_literals(rx),
                fast=_fast_alternation(terms, inflect=False),
                message=(
                    f'"{{text}}" is {side}-coded (Gaucher et al. 2011). Advisory: a strong lean either way '
                    "may "
                    "put some applicants off; aim for a balance."
                ),
                suggestion=None,
                source=gc.source,
                except_words=excepts,
                cue_before=re.compile(lex.cues[gc.cue].before, _FLAGS) if gc.cue else None,
                cue_after=re.compile(lex.cues[gc.cue].after, _FLAGS) if gc.cue else None,
                cue_window=gc.cue_window,
                list_items="item_head",
            )
        )
    safe = "|".join(term_regex(s.phrase, inflect=True) for s in lex.safe_phrases)
    signals = tuple(
        (
            s.id,
            tuple(re.compile("|".join(f"(?:{p})" for p in group), _FLAGS) for group in s.all_of),
            s.suggestion,
            s.source,
        )
        for s in sig.signals
    )
    return Lexicon(
        version=f"lexicon {lex.version}; signals {sig.version}; acronyms {acr.version}",
        entries=tuple(compiled),
        safe_phrases=re.compile(safe, _FLAGS),
        safe_phrases_fast=_fast_alternation([s.phrase for s in lex.safe_phrases], inflect=True),
        negation_before=re.compile(lex.negation.before, _FLAGS),
        negation_after=re.compile(lex.negation.after, _FLAGS),
        negation_window=lex.negation.window_words,
        negation_categories=frozenset(lex.negation.categories),
        positive_action=re.compile(lex.positive_action.pattern, _FLAGS),
        positive_action_categories=frozenset(lex.positive_action.categories),
        signals=signals,
        known_acronyms=frozenset(acr.known),
        ambiguous_acronyms=frozenset(acr.ambiguous),
        acronym_source=acr.source,
    )
