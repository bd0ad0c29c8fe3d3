"""The rows of the wording tables (`test_wording*.py`), read in one place: the sentence model's quiet-row test and
its training corpus (training/advert_model/corpus.py) both read them."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import NamedTuple

from services.advert_check.lexicon import CATEGORIES


class TableRow(NamedTuple):
    text: str
    title: str | None
    category: str  # a category, or "bias" for a quiet row that must have no bias finding
    flagged: bool  # True for a row that must be flagged, False for one that must stay quiet
    module: str


def table_rows() -> list[TableRow]:
    """Every row of a FLAGGED or QUIET (or NOT_FLAGGED) table: tuples of strings holding a sentence, a category and
    perhaps a job title (the other strings are the expected phrase, inside the sentence)."""
    names = set(CATEGORIES) | {"bias"}
    rows = []
    for path in sorted(Path(__file__).parent.glob("test_wording*.py")):
        module = importlib.import_module(f"tests.advert_check.{path.stem}")
        for name, table in vars(module).items():
            flagged = "FLAGGED" in name and "NOT_FLAGGED" not in name
            if not name.isupper() or not isinstance(table, list) or not (flagged or "QUIET" in name
                                                                          or "NOT_FLAGGED" in name):
                continue
            for row in table:
                row = getattr(row, "values", row)  # a pytest.param
                strings = [x for x in row if isinstance(x, str)] if isinstance(row, tuple) else []
                cats = [x for x in strings if x in names]
                others = [x for x in strings if x not in names]
                if not cats or not others:
                    continue
                text = max(others, key=len)
                title = next((x for x in others if x is not text and x not in text), None)
                rows.append(TableRow(text, title, cats[0], flagged, path.stem))
    return rows
