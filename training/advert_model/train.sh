#!/usr/bin/env bash
# Train the advert sentence model and install it into the package (services/advert_check/data/sentence_model).
# About 5 minutes on two cores. Run from the repository root: bash training/advert_model/train.sh
set -euo pipefail
work=$(mktemp -d)
.venv/bin/python training/advert_model/corpus.py "$work"
.venv/bin/python -m spacy train training/advert_model/config.cfg --output "$work/out" \
    --paths.train "$work/train.spacy" --paths.dev "$work/dev.spacy"
.venv/bin/python - "$work/out/model-best/meta.json" <<'PY'
import datetime, json, sys
meta = json.load(open(sys.argv[1]))
meta.update(name="fairhire_advert_sentences", version=datetime.date.today().strftime("%Y.%m.%d"))
json.dump(meta, open(sys.argv[1], "w"), indent=2)
PY
rm -rf services/advert_check/data/sentence_model
cp -r "$work/out/model-best" services/advert_check/data/sentence_model
echo "installed services/advert_check/data/sentence_model; now run make benchmarks"
