"""What every match of a hand-written pattern must contain: the literal strings that let a caller skip a
pattern whose strings are all absent from the text (the advert check's entries, the redaction's phrase patterns)."""

from __future__ import annotations

import re
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

__all__ = ["required_literals"]


def _required(items: sre_parse.SubPattern) -> frozenset[str] | None:
    """Strings of which every match of the parsed sequence contains one, or None when none are known."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre_c.LITERAL:
            run.append(chr(av).lower())
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = None
        if op is sre_c.SUBPATTERN:
            found = _required(av[3])
        elif op is sre_c.ATOMIC_GROUP:
            found = _required(av)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2])
        elif op is sre_c.BRANCH:
            branches = [_required(b) for b in av[1]]
            found = None if None in branches else frozenset().union(*branches)
        if found:
            candidates.append(found)
    # The most selective choice: the one whose shortest string is longest.
    return max(candidates, key=lambda c: min(map(len, c)), default=None)


def required_literals(pattern: str) -> tuple[str, ...]:
    """Lower-cased strings of which every case-insensitive match of `pattern` contains one, or () when
    no string of three or more letters is certain. `find_wording` skips an entry whose strings are all
    absent from the advert, and the redaction's phrase patterns skip a text the same way: most hand-written
    patterns start with `\\b(?:...)`, which the regex engines try at every position of the text, and most of them
    have nothing to find in a given text."""
    found = _required(sre_parse.parse(pattern, re.IGNORECASE))
    return tuple(sorted(found)) if found and min(map(len, found)) >= 3 else ()
