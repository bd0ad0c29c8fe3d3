"""The advert sentence model's training and development data, as spaCy DocBins.

    python training/advert_model/corpus.py OUT_DIR

One example per sentence, written "<job title> | <sentence>" (whether a requirement is needed depends on the job),
with a 0/1 label for each of the seven categories in `LABELS`:
- every sentence of the annotated adverts whose split is in `TRAIN` (1 where an annotated phrase of that category
  overlaps the sentence);
- every probe sentence of `tests/advert_check/test_wording*.py`: a flagged row is 1 for its category, a quiet row
  0 for all.
Development (for choosing the checkpoint and the threshold): the adverts of `DEV`. Later batches stay unseen, for
scoring.
"""

import random
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks.advert_eval import load_adverts  # noqa: E402
from services.advert_check.readability import split_sentences  # noqa: E402
from services.advert_check.sentence_model import LABELS, model_input  # noqa: E402
from tests.advert_check.tables import table_rows  # noqa: E402

TRAIN = {"dev", "heldout", *(f"heldout{i}" for i in range(2, 16))}
DEV = {"heldout16"}


def advert_examples(splits: set[str]) -> list[tuple[str, str | None, set[str]]]:
    out = []
    for ad in load_adverts():
        if ad.split not in splits:
            continue
        for s in split_sentences(ad.text):
            if s.heading or not s.text.strip():
                continue
            cats = {c for gs, ge, c in ad.gold if c in LABELS and gs < s.end and s.start < ge}
            out.append((s.text, ad.title, cats))
    return out


def probe_examples() -> list[tuple[str, str | None, set[str]]]:
    """The tests' wording tables (tests/advert_check/tables.py): a flagged row is positive for its category, a quiet
    row negative for all."""
    return [(row.text, row.title, {row.category} if row.flagged else set()) for row in table_rows()
            if row.category in LABELS or row.category == "bias"]


def to_docs(nlp: spacy.Language, examples: list[tuple[str, str | None, set[str]]], labels: Counter) -> list[Doc]:
    docs = []
    for text, title, cats in examples:
        doc = nlp.make_doc(model_input(text, title))
        doc.cats = {c: float(c in cats) for c in LABELS}
        labels.update(cats)
        docs.append(doc)
    return docs


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    train, dev = Counter(), Counter()
    adverts, probes = advert_examples(TRAIN), probe_examples()
    examples = adverts + probes
    random.Random(0).shuffle(examples)  # noqa: S311 - a seeded shuffle of training data, not security
    DocBin(docs=to_docs(nlp, examples, train)).to_disk(out / "train.spacy")
    dev_examples = advert_examples(DEV)
    DocBin(docs=to_docs(nlp, dev_examples, dev)).to_disk(out / "dev.spacy")
    print(f"train: {len(adverts)} advert sentences + {len(probes)} probe sentences, positives {dict(train)}")
    print(f"dev: {len(dev_examples)} sentences, positives {dict(dev)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
