"""The advert check: a pure function from advert text to a scored, explained result."""

from __future__ import annotations

from dataclasses import asdict

from services.common.errors import PayloadTooLarge
from services.common.settings import get_settings

from .lexicon import CATEGORIES, load_lexicon
from .models import (
    AdvertCheckResult,
    BreakdownEntry,
    Finding,
    GenderBalance,
    ReadabilityReport,
    SignalReport,
)
from .readability import (
    LONG_SENTENCE_WORDS,
    Readability,
    Sentence,
    is_word,
    passive_spans,
    readability,
    split_sentences,
)
from .scoring import grade_for, score
from .sentence_model import SentenceModel
from .signals import find_signals
from .wording import RawFinding, find_acronyms, find_essential_criteria, find_wording

__all__ = ["MAX_ADVERT_CHARS", "advert_limit", "check_advert", "ensure_checkable", "warm_up"]

# Longest advert we check. The app's FAIRHIRE_MAX_TEXT_CHARS applies first; this is the domain ceiling.
MAX_ADVERT_CHARS = 50_000


def advert_limit(max_text_chars: int) -> int:
    """The longest advert this deployment checks: its text limit, capped at the domain ceiling."""
    return min(max_text_chars, MAX_ADVERT_CHARS)


def ensure_checkable(text: str, max_text_chars: int) -> None:
    """Refuse (413) an advert longer than `advert_limit`, for every route that takes one."""
    limit = advert_limit(max_text_chars)
    if len(text) > limit:
        raise PayloadTooLarge(f"the advert is {len(text)} characters; the limit is {limit}")

_PASSIVE_SOURCE = "GOV.UK style guide, 'Active voice' (use the active rather than passive voice)"
_LONG_SOURCE = (
    "GOV.UK style guide, 'Plain English' (sentences of 25 words or fewer); Plain English Campaign (average 15-20)"
)
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
SENTENCE_MODEL = SentenceModel()


def warm_up() -> None:
    """Load the word lists, CMUdict and the sentence model now, so the first request is not slow (call at start-up)."""
    check_advert("A short advert to warm up the checker. We use plain words.", None)
    is_word("plain")  # the word list the acronym check reads ("YOUNG" is emphasis, not an acronym)


def _sentence_findings(text: str, sentences: list[Sentence]) -> list[RawFinding]:
    out = []
    for s in sentences:
        n = s.words
        if not s.heading and n > LONG_SENTENCE_WORDS:
            out.append(
                RawFinding(
                    category="long_sentence",
                    severity="low",
                    start=s.start,
                    end=s.end,
                    rule="readability.long_sentence",
                    message=f"This sentence has {n} words; aim for {LONG_SENTENCE_WORDS} or fewer.",
                    suggestion="Split it into two or three shorter sentences, or use a bulleted list.",
                    source=_LONG_SOURCE,
                )
            )
    for start, end in passive_spans(text):
        out.append(
            RawFinding(
                category="passive_voice",
                severity="low",
                start=start,
                end=end,
                rule="readability.passive_voice",
                message="Passive voice hides who does what.",
                suggestion='Say who acts, for example "the panel will shortlist" or "we will".',
                source=_PASSIVE_SOURCE,
            )
        )
    return out


def _empty(lex_version: str, model_version: str | None) -> AdvertCheckResult:
    read = Readability(0.0, 0.0, 0.0, 0.0, 0, 0, 0, 300, 700)
    return AdvertCheckResult(
        score=0,
        grade="not scored",
        scored=False,
        message="Nothing to score: the advert text is empty.",
        readability=ReadabilityReport(**asdict(read)),
        findings=[],
        missing_signals=[],
        suggested_wording={},
        signals=[],
        gender_balance=GenderBalance(masculine=0, feminine=0, leaning="balanced"),
        score_breakdown=[],
        lexicon_version=lex_version,
        sentence_model_version=model_version,
    )


def check_advert(text: str, title: str | None = None, *, sentence_model: bool | None = None) -> AdvertCheckResult:
    """Score an advert: readability, wording findings with offsets into `text`, and missing signals.

    `sentence_model` switches the trained second pass on or off (default: the FAIRHIRE_ADVERT_SENTENCE_MODEL setting).
    """
    lex = load_lexicon()
    use_model = get_settings().advert_sentence_model if sentence_model is None else sentence_model
    model = SENTENCE_MODEL if use_model else None
    model_version = model.version if model is not None else None
    if not text.strip():
        return _empty(lex.version, model_version)
    title = title or ""
    sentences = split_sentences(text)
    read = readability(sentences)
    raw = find_wording(lex, text, title, sentences)
    raw += find_acronyms(lex, text, sentences)
    raw += find_essential_criteria(text, sentences)
    if model is not None:
        # the model's findings span their sentence; lawful ones are skipped, as the word lists skip them
        raw += [f for f in model.find(text, title, sentences, raw) if not lex.lawful(f.category, text[f.start:f.end])]
    raw += _sentence_findings(text, sentences)
    raw.sort(key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], CATEGORIES.index(f.category), f.end))

    present = find_signals(lex, f"{title}\n{text}")
    missing = [sid for sid, ok in present.items() if not ok]
    value, breakdown = score(raw, missing, read)

    suggestions = {sid: (sugg, src) for sid, _g, sugg, src in lex.signals}
    masc = sum(f.category == "gender_masculine" for f in raw)
    fem = sum(f.category == "gender_feminine" for f in raw)
    return AdvertCheckResult(
        score=value,
        grade=grade_for(value),
        scored=True,
        readability=ReadabilityReport(**asdict(read)),
        findings=[
            Finding(
                category=f.category,
                severity=f.severity,
                start=f.start,
                end=f.end,
                text=text[f.start : f.end],
                message=f.message,
                suggestion=f.suggestion,
                rule=f.rule,
                source=f.source,
            )
            for f in raw
        ],
        missing_signals=missing,
        suggested_wording={sid: suggestions[sid][0] for sid in missing},
        signals=[
            SignalReport(
                signal=sid,
                present=ok,
                suggestion=None if ok else suggestions[sid][0],
                source=suggestions[sid][1],
            )
            for sid, ok in present.items()
        ],
        gender_balance=GenderBalance(
            masculine=masc,
            feminine=fem,
            leaning="balanced" if masc == fem else ("masculine" if masc > fem else "feminine"),
        ),
        score_breakdown=[
            BreakdownEntry(rule=b.rule, points=b.points, reason=b.reason, count=b.count) for b in breakdown
        ],
        lexicon_version=lex.version,
        sentence_model_version=model_version,
    )
