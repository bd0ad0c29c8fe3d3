"""The YAML lists load, validate and carry a source for every entry; bad files are refused."""

import pydantic
import pytest

from services.advert_check import lexicon
from services.advert_check.lexicon import CATEGORIES, LexiconFile, load_lexicon, term_regex


def test_lists_load_and_every_entry_has_a_source() -> None:
    lex = load_lexicon()
    assert lex.entries
    for entry in lex.entries:
        assert entry.source and entry.message
        assert entry.category in CATEGORIES


def test_a_bad_entry_is_refused() -> None:
    raw = lexicon._read("lexicon.yaml")
    assert isinstance(raw, dict)
    broken = dict(
        raw,
        entries=[
            *raw["entries"],
            {
                "id": "age.x",
                "category": "age",
                "severity": "high",
                "terms": ["x"],
                "message": "a message here",
            },
        ],
    )
    with pytest.raises(pydantic.ValidationError, match="source"):
        LexiconFile.model_validate(broken)


def test_a_bad_regex_is_refused() -> None:
    raw = lexicon._read("lexicon.yaml")
    assert isinstance(raw, dict)
    bad = dict(raw["entries"][0], pattern="(unclosed", terms=[])
    with pytest.raises(pydantic.ValidationError):
        LexiconFile.model_validate(dict(raw, entries=[bad]))


@pytest.mark.parametrize(
    ("term", "inflect", "text", "matches"),
    [
        ("able bodied", True, "able-bodied", True),
        ("hit the ground running", True, "Hit  the ground running", True),
        ("compet*", False, "competitive", True),
        ("young", True, "youngest", True),
        ("young", True, "youngster", False),
        ("he/she", False, "he / she", True),
        ("children's services", True, "Children’s Services", True),
        # irregular plurals come from the matcher, not from listing every form
        ("salesman", False, "salesmen", True),
        ("woman", True, "women", True),
        ("cleaning lady", True, "cleaning ladies", True),
        ("boy", True, "boys", True),
        ("man", False, "many", False),
    ],
)
def test_term_syntax(term: str, inflect: bool, text: str, matches: bool) -> None:
    import re

    assert bool(re.fullmatch(term_regex(term, inflect=inflect), text, re.IGNORECASE)) is matches


@pytest.mark.parametrize(
    "text",
    [
        "We want a YOUNG, Energetic Rockstar salesman; Utilise the Chairmen's manpower. Children's Services.",
        "A self-starter who hits the ground running: Native-English speaker, Russell Group, able-bodied.",
        "Ünïcode ﬁne: the Salesmen and the cleaning LADIES, fully-fit, 10x, Work Hard, Play Hard!",
    ],
)
def test_fast_term_matcher_agrees_with_the_case_insensitive_one(text: str) -> None:
    lex = load_lexicon()
    low = text.lower()
    assert len(low) == len(text)
    for entry in lex.entries:
        if entry.fast is not None:
            assert [m.span() for m in entry.fast.finditer(low)] == [m.span() for m in entry.regex.finditer(text)]
    assert lex.safe_phrases_fast is not None
    assert [m.span() for m in lex.safe_phrases_fast.finditer(low)] == [
        m.span() for m in lex.safe_phrases.finditer(text)
    ]


def test_text_that_changes_length_when_lower_cased_still_matches() -> None:
    from services.advert_check.service import check_advert

    text = "İstanbul office: we want a young salesman."
    assert len(text.lower()) != len(text)
    found = {(f.category, f.text) for f in check_advert(text).findings}
    assert ("age", "young") in found and ("gendered_term", "salesman") in found


def test_needs_words_never_hide_a_match() -> None:
    """`needs` is a speed filter: wherever an entry's regex matches a test advert, one of its words is there."""
    from tests.advert_check import test_wording as tw
    from tests.advert_check import test_wording_kinds as tk

    tables = (
        tw.FLAGGED,
        tw.NOT_FLAGGED,
        tw.CLASSES_FLAGGED,
        tw.CLASSES_QUIET,
        tk.KINDS_FLAGGED,
        tk.KINDS_QUIET,
        tk.PROBES_FLAGGED,
        tk.PROBES_QUIET,
    )
    texts = [row[0] for table in tables for row in table]
    checked = 0
    for entry in load_lexicon().entries:
        if not entry.needs:
            continue
        for text in texts:
            if entry.regex.search(text):
                checked += 1
                assert any(k in text.lower() for k in entry.needs), (entry.id, text)
    assert checked > 50


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\b(?:rockstar|ninja)s?\b", ("ninja", "rockstar")),
        (r"\b(?:a\s+)?native\s+speakers?\b", ("speaker",)),  # the longest certain string
        (r"\b(?:\w+\s+)?degree|\b\w+grad", ("degree", "grad")),  # one from each branch
        (r"\bfi(?:ness)?\b", ()),  # two letters are too few to be worth a look-up
        (r"\b\w+\s+or\s+\w+\b", ()),
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...]) -> None:
    assert lexicon.required_literals(pattern) == literals


@pytest.mark.parametrize(
    ("pattern", "wrapped"),
    [
        (r"\b(?:young|Energetic)\b", True),
        (r"\b(?:(?:people|those)\s+)?living\s+in\b", True),  # an optional start widens the first letters
        (r"\b\d+\s+years\b", False),  # \d: not a short list of letters
        (r"(?:very\s+)?", False),  # can match nothing at all
        (r"(?m)^\s*must\s+drive", False),  # global flags must stay at the front
    ],
)
def test_lookahead_only_where_the_first_letters_are_known(pattern: str, wrapped: bool) -> None:
    assert lexicon.compile_entry(pattern).pattern.startswith("(?=[") == wrapped


def test_speed_filters_never_change_what_a_pattern_finds() -> None:
    """The look-ahead and the required strings are derived from each pattern; on every test advert and
    every evaluation advert, the filtered pattern finds exactly what the plain one does."""
    import re
    from pathlib import Path

    import yaml

    from tests.advert_check import test_wording as tw
    from tests.advert_check import test_wording_kinds as tk

    texts = [row[0] for table in (tw.FLAGGED, tw.NOT_FLAGGED, tk.KINDS_FLAGGED, tk.KINDS_QUIET) for row in table]
    for path in sorted(Path("benchmarks/data/adverts").glob("*.yaml")):
        texts.append(re.sub(r"\[\[(.*?)\|\|\w+\]\]", r"\1", yaml.safe_load(path.read_text())["text"]))
    patterns = [e.pattern for e in LexiconFile.model_validate(lexicon._read("lexicon.yaml")).entries if e.pattern]
    matched = 0
    for pattern in patterns:
        plain = re.compile(pattern, re.IGNORECASE)
        filtered = lexicon.compile_entry(pattern)
        literals = lexicon.required_literals(pattern)
        for text in texts:
            spans = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in filtered.finditer(text)] == spans, (pattern, text)
            if spans and literals:
                matched += 1
                assert any(k in text.lower() for k in literals), (pattern, text)
    assert matched > 500
