"""Protected-marker spans of the evaluation sets as spaCy training data (an experiment; see README.md).

    python benchmarks/experiments/marker_ner/convert.py OUT_DIR
"""

import json
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.util import filter_spans

DATA = Path(__file__).resolve().parents[2] / "data"
TRAIN = ["redaction", "redaction_dev2", "redaction_holdout", "redaction_holdout2", "redaction_holdout3",
         "redaction_holdout4"]
DEV = ["redaction_holdout5"]
TEST = ["redaction_holdout6"]


def build(sets: list[str], out: Path) -> Counter:
    nlp = spacy.blank("en")
    docs, labels = DocBin(), Counter()
    for name in sets:
        for path in sorted((DATA / name / "applications").glob("*.json")):
            app = json.loads(path.read_text(encoding="utf-8"))
            doc = nlp.make_doc(app["text"])
            spans = [doc.char_span(a["start"], a["end"], label=a["type"], alignment_mode="expand")
                     for a in app["annotations"] if a["class"] == "protected"]
            doc.ents = filter_spans([s for s in spans if s is not None])
            labels.update(s.label_ for s in doc.ents)
            docs.add(doc)
    docs.to_disk(out)
    return labels


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    print("train", dict(build(TRAIN, out / "train.spacy")))
    print("dev", dict(build(DEV, out / "dev.spacy")))
    build(TEST, out / "test.spacy")  # counts not printed: the test set stays unread
