"""The last check before a redacted document ships: does any known identifier still appear in it?

Deliberately simpler and stricter than the redactor's own matching, and written separately from it, so a
fault in either one shows up here. Returns the kinds that leaked, never the values.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Mapping

from pdfminer.high_level import extract_text

from services.redaction.names import fold, name_tokens

__all__ = ["NAME_KEYS", "find_leaks", "pdf_text"]

NAME_KEYS = ("first_name", "last_name", "preferred_name")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


def pdf_text(pdf: bytes) -> str:
    """The text a reader would copy out of a PDF (pdfminer, as the panel's viewer would show it)."""
    return extract_text(io.BytesIO(pdf))


def _comparable(text: str) -> str:
    return fold(unicodedata.normalize("NFKC", text)).casefold()


def _spaced(value: str) -> str:
    """A pattern for the value's letters and digits with any spacing or punctuation between them."""
    chars = [c for c in value if c.isalnum()]
    return r"[\s\-./()]*".join(re.escape(c) for c in chars)


def _found(pattern: str, text: str) -> bool:
    return re.search(rf"(?<![^\W_]){pattern}(?![^\W_])", text) is not None


def _name_leaked(token: str, original: str, folded: str, ambiguous: frozenset[str]) -> bool:
    pattern = rf"(?<![^\W_]){re.escape(token.casefold())}(?![^\W_])"
    for m in re.finditer(pattern, folded):
        # A name that is also a word ("Will", "Grace") leaks only where it is written as a name.
        if token.casefold() not in ambiguous or original[m.start():m.start() + 1].isupper():
            return True
    return False


def _dob_patterns(value: str) -> list[str]:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return [re.escape(value.strip().casefold())] if value.strip() else []
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    name = _MONTHS[month - 1]
    return [rf"0?{day}\s*[/.\-]\s*0?{month}\s*[/.\-]\s*(?:{year}|{year % 100:02d})",
            rf"{year}-{month:02d}-{day:02d}",
            rf"0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{name}|{name[:3]})\.?,?\s+{year}",
            rf"(?:{name}|{name[:3]})\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}"]


def find_leaks(document: bytes | str, identifiers: Mapping[str, str | None],
               ambiguous: frozenset[str] = frozenset()) -> list[str]:
    """The kinds of identifier (keys of `identifiers`) still present in a rendered PDF or a text; [] if none.

    `identifiers` uses the candidate block's keys: first_name, last_name, preferred_name, email, phone,
    postcode, ni_number, date_of_birth, address_line1, address_line2 (others are matched literally).
    `ambiguous` is the set of names that are also ordinary words (the lexicon's common_word_names).
    """
    text = pdf_text(document) if isinstance(document, bytes) else document
    original = fold(unicodedata.normalize("NFKC", text))
    folded = original.casefold()
    leaked: set[str] = set()
    for key, value in identifiers.items():
        if not value or not value.strip():
            continue
        if key in NAME_KEYS:
            if any(_name_leaked(t, original, folded, ambiguous) for t in name_tokens(value)):
                leaked.add(key)
            continue
        value_folded = _comparable(value)
        if key == "email":
            patterns = [re.escape(re.sub(r"\s", "", value_folded))]
        elif key == "phone":
            digits = re.sub(r"\D", "", value)
            digits = digits[4:] if digits.startswith("0044") else digits
            digits = digits[2:] if digits.startswith("44") and len(digits) >= 12 else digits
            digits = digits.lstrip("0")
            prefix = r"(?:(?:\+|00)\s*44[\s\-().]*(?:0[\s\-()]*)?|0[\s\-()]*)?"
            patterns = [prefix + _spaced(digits)] if len(digits) >= 6 else []
        elif key in ("postcode", "ni_number"):
            patterns = [_spaced(value_folded)]
        elif key == "date_of_birth":
            patterns = _dob_patterns(value)
        else:
            patterns = [r"[\s,]+".join(re.escape(w) for w in re.split(r"[\s,]+", value_folded.strip()) if w)]
        if any(p and _found(p, folded) for p in patterns):
            leaked.add(key)
    return sorted(leaked)
