"""The marker model's training and development data, as spaCy DocBins.

    python training/marker_model/corpus.py OUT_DIR

Training: every protected-marker span of the evaluation sets listed in `TRAIN`, as whole applications.
Development (for choosing the best checkpoint): `DEV`. Sets that are neither stay unseen, for scoring.
(Ninth session: held-out 13 to 15 moved into training and held-out 16 became the development set; the tests'
"stays" sentences as negative examples were measured and left out, training/marker_model/README.md. Fifteenth
session: every read set up to held-out 41 trains it and held-out 42 chooses the checkpoint.)
Adding the probe sentences of `tests/redaction/test_protected_markers_round*.py` (disclosures with their core
words as spans, "stays" rows with none) was measured and left out: on held-out 13 it gave 65.4% against 66.4%
protected recall and 3.3% against 3.0% over-redaction.
"""

import json
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
TRAIN = ["redaction", "redaction_dev2", "redaction_holdout", *(f"redaction_holdout{i}" for i in range(2, 42))]
DEV = ["redaction_holdout42"]


def applications(nlp: spacy.Language, sets: list[str], labels: Counter) -> list[Doc]:
    docs = []
    for name in sets:
        for path in sorted((DATA / name / "applications").glob("*.json")):
            app = json.loads(path.read_text(encoding="utf-8"))
            doc = nlp.make_doc(app["text"])
            spans = [doc.char_span(a["start"], a["end"], label=a["type"], alignment_mode="expand")
                     for a in app["annotations"] if a["class"] == "protected"]
            doc.ents = filter_spans([s for s in spans if s is not None])
            labels.update(s.label_ for s in doc.ents)
            docs.append(doc)
    return docs


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    train, dev = Counter(), Counter()
    train_docs = applications(nlp, TRAIN, train)
    DocBin(docs=train_docs).to_disk(out / "train.spacy")
    DocBin(docs=applications(nlp, DEV, dev)).to_disk(out / "dev.spacy")
    print(f"train: {len(train_docs)} texts, spans {dict(train)}")
    print(f"dev: spans {dict(dev)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
