#!/usr/bin/env bash
# Train the protected-marker model and install it into the package (services/redaction/data/marker_model).
# About 15-30 minutes on two cores. Run from the repository root: bash training/marker_model/train.sh
set -euo pipefail
work=$(mktemp -d)
.venv/bin/python training/marker_model/corpus.py "$work"
.venv/bin/python -m spacy train training/marker_model/config.cfg --output "$work/out" \
    --paths.train "$work/train.spacy" --paths.dev "$work/dev.spacy"
rm -rf services/redaction/data/marker_model
cp -r "$work/out/model-best" services/redaction/data/marker_model
echo "installed services/redaction/data/marker_model; now run make benchmarks"
