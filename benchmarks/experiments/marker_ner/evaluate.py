"""Aggregate protected-marker recall of a trained model, the rules, and both, with the project's scorer.

    python benchmarks/experiments/marker_ner/evaluate.py MODEL_DIR SET [SET ...]

Prints figures only, never texts, spans or misses (the test set is a blind one).
"""

import json
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from benchmarks.redaction_eval import fairhire_redactor, load_set, score  # noqa: E402

MARKERS = ["GENDER", "RELIGION", "ETHNICITY", "NATIONALITY", "DISABILITY_HEALTH", "SEXUAL_ORIENTATION",
           "MARITAL_FAMILY", "CARE_EXPERIENCE"]


def main(model_dir: str, sets: list[str]) -> None:
    nlp = spacy.load(model_dir)
    rules = fairhire_redactor()
    for name in sets:
        apps = load_set(ROOT / "benchmarks" / "data" / name / "applications")
        model = [[(e.start_char, e.end_char, e.label_) for e in nlp(a["text"]).ents] for a in apps]
        by_rules = [rules(a["text"], a["candidate"]) for a in apps]
        for label, predictions in (("model", model), ("rules", by_rules),
                                   ("union", [m + r for m, r in zip(model, by_rules, strict=True)])):
            figures = score(apps, predictions)
            row = {"protected": figures["recall"].get("class:protected"),
                   "over_redaction": figures["over_redaction"],
                   **{t: figures["recall"].get("type:" + t) for t in MARKERS}}
            print(name, label, json.dumps({k: round(v, 3) for k, v in row.items() if v is not None}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
