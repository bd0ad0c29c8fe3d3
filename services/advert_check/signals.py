"""Inclusion signals a good council advert carries, found or missing."""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["find_signals"]


def find_signals(lex: Lexicon, text: str) -> dict[str, bool]:
    """Each signal id -> present (every pattern group matches somewhere in the text)."""
    return {sid: all(g.search(text) for g in groups) for sid, groups, _s, _src in lex.signals}
