"""The candidate's identity block as search patterns: every written form of their name and details.

Pure functions over plain data. Matching runs on a diacritic-folded copy of the text that keeps every
offset (one character in, one character out), so "Nguyen" finds "Nguyễn" and the spans still point
into the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise

import regex

__all__ = ["NOT_INITIALS", "PARTICLES", "IdentityMatch", "fold", "identity_matches", "mostly_lower_case", "name_tokens"]

# Letters that NFD does not decompose.
_EXTRA_FOLDS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H",
                "ŧ": "t", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "’": "'", "‘": "'", "ð": "d", "þ": "t"}

# Short words and acronyms that must not be taken as the candidate's initials, in the text or in an attached file's
# name ("CV_JO_2026.docx" has JO; "DBS_certificate.pdf" has none).
NOT_INITIALS = frozenset((
    "AM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "HI", "IF", "IN", "IS", "IT", "ME", "MY", "NO",
    "OF", "OH", "OK", "ON", "OR", "SO", "TO", "UP", "US", "WE", "HR", "PA", "PE", "RE", "TV", "UK", "EU",
    "GP", "MP", "NI", "QA", "CV", "ID", "OT", "PR", "PT", "SW", "UN", "ED", "AI", "BA", "BT", "GB", "IQ",
    "IV", "MA", "JD", "PS", "DBS", "SIA", "NHS", "PDF", "DOC", "HCPC", "NMC", "CSCS", "NVQ", "FLT", "HGV", "LGV",
    "PCV"))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[char]
    if char.isascii():
        return char
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """The text with diacritics removed, the same length as the input (offsets carry over)."""
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True)
class IdentityMatch:
    start: int
    end: int
    type: str


def name_tokens(*names: str | None) -> list[str]:
    """The searchable parts of the given names: whole hyphenated forms and each part (2+ letters)."""
    tokens: list[str] = []
    for name in names:
        if not name:
            continue
        words = regex.split(r"[\s,]+", fold(name).strip())
        if len(words) > 1 and any(len(w.strip(".'")) == 1 for w in words):
            tokens.append(" ".join(words))  # "O Briain", "Nguyen T. Thu": the one-letter part goes too
            tokens += [f"{w} {n}" for w, n in pairwise(words) if len(w.strip(".'")) == 1]
        for word in words:
            word = word.strip(".'")
            if len(word) >= 2:
                tokens.append(word)
            if "-" in word or "'" in word:
                tokens.extend(p for p in regex.split(r"[-']", word) if len(p) >= 2)
    seen: dict[str, str] = {}
    for token in tokens:
        seen.setdefault(token.casefold(), token)
    return sorted(seen.values(), key=len, reverse=True)


@lru_cache(maxsize=8)
def mostly_lower_case(text: str) -> bool:
    """Nearly no capitals in the whole text: then a lower-case word may still be a name (asked per span, so
    cached per text)."""
    return sum(c.isupper() for c in text) < 0.005 * max(1, len(text))


_MARK = regex.compile(r"\p{M}")


def _alternation(tokens: Iterable[str], marks: bool = True) -> str:
    # With `marks`, allow combining marks after any letter, for text written in decomposed (NFD) form; only a text
    # that has one needs them (thirteenth session: the marks were most of the cost of compiling these patterns).
    # A space inside a token ("O Briain") may be any run of white space, a line break included.
    mark = r"\p{M}*" if marks else ""
    return "|".join("".join(r"\s+" if c == " " else regex.escape(c) + mark for c in t) for t in tokens)


@lru_cache(maxsize=64)
def _name_run(tokens: tuple[str, ...], marks: bool = True) -> regex.Pattern[str]:
    """A run of the candidate's name parts, compiled once per candidate: an application's fields are redacted one
    after another with the same identity block."""
    alt = _alternation(tokens, marks)
    return regex.compile(rf"(?<![\w@.])(?:{alt})(?:(?:\s*,\s*|\s+|-)(?:{alt}))*(?![\w@])", regex.IGNORECASE)


# Initials stand alone, or between the underscores of a file name ("Cover_letter_CDL.pdf", "CV_JO_2026.docx").
_EDGE_BEFORE = r"(?<![^\W_])(?<!\.)"
_EDGE_AFTER = r"(?![^\W_])"


# Particles of family names ("Ní Bhriain", "da Silva", "van der Berg", "ap Rhys"): part of a written name, never the
# candidate's name on their own (thirteenth session: "NI number" and "in NI" went for a Ní Bhriain, "da Vinci" for a
# da Silva). A given name that is one ("Al") still is; so are family names of their own that look like one (the
# Vietnamese Lê and Đỗ, the Chinese Du and Di are not in the list).
PARTICLES = frozenset(("ni", "nic", "mac", "ua", "ui", "de", "da", "das", "dos", "del", "della", "der", "van", "von",
                       "ten", "ter", "al", "el", "bin", "bint", "ibn", "ap", "ab"))

# One or two short words between two name parts: middle names, not "Smith and Jones" or "Grace at the".
_MIDDLE_GAP = regex.compile(r"(?:[ \t]+\p{L}{1,8}\.?){1,2}[ \t]+")  # an initial too: "CURTIS J. YOUNG"
_NOT_MIDDLE = frozenset(("and", "or", "the", "to", "of", "at", "in", "on", "with", "from", "for", "is", "was", "a",
                         "an", "by", "as", "my", "our", "his", "her", "i", "me", "we", "mr", "mrs", "ms", "miss", "dr"))


# Fourteenth session (held-out 40): a family name the ATS does not know, written beside the candidate's given name:
# after it with a particle ("Fionnuala Ní Ghallchobhair" for a Gallagher), or before it in capitals and a comma, as a
# header or a file signs it ("BREATHNACH, Ruairí" for a Walsh).
_PARTICLE_SURNAME = regex.compile(
    r"(?:[ \t]+(?:" + "|".join(sorted(PARTICLES)) + r")\.?)+[ \t]+(?-i:\p{Lu})[\p{L}'’\-]+", regex.IGNORECASE)
_CAPITALS_SURNAME = regex.compile(
    r"(?:^|[–—|•:]|\s-)[ \t]*(?P<name>(?:\p{Lu}{2,}[ \t]+){0,2}\p{Lu}{3,}(?:-\p{Lu}{2,})?),[ \t]*$")
_NOT_SURNAMES = frozenset(("name", "names", "surname", "forename", "forenames", "candidate", "applicant", "dear",
                           "ref", "nhs", "attn", "fao", "from", "to", "cc", "re", "page", "note", "notes", "and"))


def _written_family_names(folded: str, found: list[IdentityMatch], given: set[str]) -> list[IdentityMatch]:
    """The found given names widened to the family name written beside them (`_PARTICLE_SURNAME`,
    `_CAPITALS_SURNAME`)."""
    extra = []
    for m in found:
        if folded[m.start:m.end].casefold() not in given:
            continue
        after = _PARTICLE_SURNAME.match(folded, m.end)
        if after:
            extra.append(IdentityMatch(m.start, after.end(), "CANDIDATE_NAME"))
        line = folded[folded.rfind("\n", 0, m.start) + 1:m.start]
        before = _CAPITALS_SURNAME.search(line)
        if before and before.group("name").casefold() not in _NOT_SURNAMES:
            extra.append(IdentityMatch(m.start - len(line) + before.start("name"), m.end, "CANDIDATE_NAME"))
    return extra


def _name_matches(text: str, folded: str, first: str | None, last: str | None, preferred: str | None,
                  ambiguous: frozenset[str]) -> list[IdentityMatch]:
    tokens = name_tokens(first, last, preferred)
    if not tokens:
        return []
    marks = _MARK.search(folded) is not None
    run = _name_run(tuple(tokens), marks)
    given = {w.casefold() for n in (first, preferred) if n for w in fold(n).split()}
    found: list[IdentityMatch] = []
    for m in run.finditer(folded):
        surface = text[m.start():m.end()]
        parts = [p for p in regex.split(r"[\s,\-]+", m.group()) if p]
        if all(p.casefold() in PARTICLES and p.casefold() not in given for p in parts):
            continue
        if len(parts) == 1 and parts[0].casefold() in ambiguous and not surface[:1].isupper():
            continue  # "a bit of grace", "I will": an ordinary word, not the candidate
        # "Wood, Grace" across a comma is a name only when both sides are name parts (already true).
        found.append(IdentityMatch(m.start(), m.end(), "CANDIDATE_NAME"))
    # Tenth session: middle names the ATS does not know, between two of the candidate's name parts on one line
    # ("phạm thị hồng nhung", "PHAM THI HONG NHUNG" for Pham / Nhung).
    for a, b in list(zip(found, found[1:], strict=False)):
        gap = folded[a.end:b.start]
        words = gap.split()
        if 1 <= len(words) <= 2 and _MIDDLE_GAP.fullmatch(gap) and not _NOT_MIDDLE.intersection(
                w.casefold() for w in words):
            found.append(IdentityMatch(a.start, b.end, "CANDIDATE_NAME"))
    found += _written_family_names(folded, found, given)
    initials = [n[0].upper() for n in (first, preferred) if n and fold(n)[:1].isalpha()]
    surnames = name_tokens(last)
    if initials and surnames:
        first_i = "|".join(sorted(set(fold("".join(initials)))))
        sur = _alternation(surnames, marks)
        # initials before the surname ("J. Okafor", "S M G Pereira", "A.S. Ferreira") or after it, as a family
        # name written first is signed ("Chan W Y", "Nguyen T.T.", a file's "Lee_S_statement.docx")
        found += [IdentityMatch(m.start(), m.end(), "CANDIDATE_NAME") for m in regex.finditer(
            rf"(?<![\w])[{first_i}]\.?(?:[\s\-]?[A-Z]\.?){{0,3}}\s?(?:{sur})(?![\w])"  # "E-C Munteanu" too
            rf"|(?<![^\W_])(?:{sur})[\s_][{first_i}]\.?(?:\s?[A-Z]\.?){{0,3}}{_EDGE_AFTER}"
            # tenth session: a lower-case sign-off's initial ("mrs m. dela cruz", "mrs b mistry") and a file's
            # "E_Asamoah_CV.pdf"
            rf"|(?<![\w])(?i:[{first_i}])\.\s?(?i:{sur})(?![\w])"
            rf"|(?<=\b(?i:mr|mrs|ms|miss|mx|dr)\.?\s)(?i:[{first_i}])\s(?i:{sur})(?![\w])"
            rf"|(?<![^\W_])[{first_i}][A-Z]?_(?i:{sur}){_EDGE_AFTER}", folded)]
        # the family by its name: "between the Bracchi side and the Pritchards"
        found += [IdentityMatch(m.start(1), m.end(1), "CANDIDATE_NAME") for m in regex.finditer(
            rf"(?<![\w])the\s+((?=(?-i:\p{{Lu}}))(?:{sur})s)(?![\w'’])", folded, regex.IGNORECASE)
            if m.group(1)[:-1].casefold() not in ambiguous]  # not "the Woods estate" for a Wood
    if first and last and fold(first)[:1].isalpha() and fold(last)[:1].isalpha():
        f, s = fold(first)[0].upper(), fold(last)[0].upper()
        if f + s not in NOT_INITIALS:
            found += [IdentityMatch(m.start(), m.end(), "CANDIDATE_NAME") for m in regex.finditer(
                rf"{_EDGE_BEFORE}(?:{f}\.\s?{s}\.?|{f}{s}){_EDGE_AFTER}", folded)]
        # every part's initial, for a name of three or four parts: "YBA" for Yaw Boateng Agyeman
        parts = [w for w in regex.split(r"[\s\-]+", fold(f"{first} {last}")) if w[:1].isalpha()]
        if 3 <= len(parts) <= 4:
            letters = [w[0].upper() for w in parts]
            found += [IdentityMatch(m.start(), m.end(), "CANDIDATE_NAME") for m in regex.finditer(
                _EDGE_BEFORE + r"(?:" + r"\.\s?".join(letters) + r"\.?|" + "".join(letters) + r")" + _EDGE_AFTER,
                folded)]
    return found


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]


def _dob_pattern(value: str) -> str | None:
    try:
        d = date.fromisoformat(value.strip())
    except ValueError:
        return None
    month = _MONTHS[d.month - 1]
    day = rf"0?{d.day}(?:st|nd|rd|th)?"
    mon = rf"(?:{month}|{month[:3]}\.?)"
    num = rf"0?{d.day}\s?[/.\-]\s?0?{d.month}\s?[/.\-]\s?(?:{d.year}|{d.year % 100:02d})"
    iso = rf"{d.year}-{d.month:02d}-{d.day:02d}"
    words = rf"{day}\s+(?:of\s+)?{mon},?\s+{d.year}"
    us = rf"{mon}\s+{day},?\s+{d.year}"
    return rf"(?<!\d)(?:{num}|{iso}|{words}|{us})(?!\d)"


def _flexible(value: str) -> str:
    """A literal that may be written with different spacing, case or punctuation between words."""
    words = [re.escape(w) for w in re.split(r"[\s,]+", fold(value).strip()) if w]
    return r"[\s,]+".join(words)


def _phone_pattern(value: str) -> str | None:
    digits = regex.sub(r"\D", "", value)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) >= 12:
        digits = digits[2:]
    digits = digits.lstrip("0")
    if len(digits) < 6:
        return None
    body = r"[\s\-().]*".join(digits)
    return rf"(?<!\d)(?:(?:\+|00)44\s*(?:\(0\))?\s*|\(?0)?[\s\-().]*{body}(?!\d)"


def identity_matches(text: str, candidate: Mapping[str, str | None], ambiguous: frozenset[str],
                     folded: str | None = None) -> list[IdentityMatch]:
    """Every place the candidate's identity block appears in the text, by type."""
    folded = fold(text) if folded is None else folded
    get = candidate.get
    found = _name_matches(text, folded, get("first_name"), get("last_name"), get("preferred_name"),
                          ambiguous)
    literal: list[tuple[str, str | None]] = [
        ("EMAIL", re.escape(fold(get("email") or "")) if get("email") else None),
        ("PHONE", _phone_pattern(get("phone") or "")),
        ("ADDRESS", _flexible(get("address_line1") or "") if get("address_line1") else None),
        ("ADDRESS", _flexible(get("address_line2") or "") if get("address_line2") else None),
        ("POSTCODE", r"\s?".join(re.escape(c) for c in re.sub(r"\s", "", get("postcode") or ""))
         if get("postcode") else None),
        ("DATE_OF_BIRTH", _dob_pattern(get("date_of_birth") or "")),
        ("NI_NUMBER", r"\s?".join(re.escape(c) for c in re.sub(r"\s", "", get("ni_number") or ""))
         if get("ni_number") else None),
        ("HOME_LOCATION", _flexible(get("town") or "") if get("town") else None),
    ]
    for kind, pattern in literal:
        if not pattern:
            continue
        # Plain literals, new for every candidate: the standard library compiles them about four times
        # faster than `regex` (whose cache these would also push the rules' patterns out of).
        for m in re.finditer(rf"(?<![\w]){pattern}(?![\w])", folded, re.IGNORECASE):
            found.append(IdentityMatch(m.start(), m.end(), kind))
    return found
