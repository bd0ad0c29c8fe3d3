"""Build the redaction evaluation set from its hand-written sources.

Each source is ``source/NNN.md``: a YAML front matter (id, origin_group, candidate identity block,
optional ``lint_skip``) followed by the application text with inline markup:

    [[CANDIDATE_NAME:Aisha Khan]]      a personal span (the surface between ':' and ']]')
    [[PERSON:Kwame Mensah|waf]]        a name of someone else; '|code' gives the name's origin group
    [[KEEP:Sefton Council]]            a decoy that must survive redaction

build.py strips the markup, records exact character offsets into the plain text, validates every
annotation (text[start:end] == surface) and lints for mentions of the candidate's identity that were
left unannotated. It writes ``applications/NNN.json``. Run: ``python benchmarks/data/redaction/build.py``;
give another set's directory to build it the same way
(``python benchmarks/data/redaction/build.py benchmarks/data/redaction_holdout2``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

ORIGINS = {
    "wb": "white_british",
    "ie": "irish",
    "ee": "eastern_european",
    "sa": "south_asian",
    "ea": "east_asian",
    "sea": "south_east_asian",
    "waf": "west_african",
    "eaf": "east_african",
    "ar": "arab",
    "cb": "caribbean",
    "se": "southern_european",
}

CLASS_OF = {
    # direct identifiers
    "CANDIDATE_NAME": "direct",
    "PERSON": "direct",
    "EMAIL": "direct",
    "PHONE": "direct",
    "ADDRESS": "direct",
    "POSTCODE": "direct",
    "DATE_OF_BIRTH": "direct",
    "NI_NUMBER": "direct",
    "DRIVING_LICENCE": "direct",
    "PASSPORT": "direct",
    "URL": "direct",
    "SOCIAL_HANDLE": "direct",
    # quasi-identifiers
    "AGE": "quasi",
    # protected characteristics disclosed by the candidate
    "GENDER": "protected",
    "RELIGION": "protected",
    "ETHNICITY": "protected",
    "NATIONALITY": "protected",
    "DISABILITY_HEALTH": "protected",
    "SEXUAL_ORIENTATION": "protected",
    "MARITAL_FAMILY": "protected",
    "CARE_EXPERIENCE": "protected",
    # decoys that must stay
    "KEEP": "keep",
}
NAME_TYPES = {"CANDIDATE_NAME", "PERSON"}
IDENTITY_FIELDS = (
    "first_name",
    "last_name",
    "preferred_name",
    "email",
    "phone",
    "address_line1",
    "address_line2",
    "town",
    "postcode",
    "date_of_birth",
    "ni_number",
)
MARKUP = re.compile(r"\[\[([A-Z_]+):(.*?)(?:\|([a-z]+))?\]\]", re.DOTALL)


def parse(path: Path) -> tuple[dict, str]:
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("---\n"):
        raise ValueError(f"{path.name}: no front matter")
    head, body = raw[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body.strip("\n") + "\n"


def build_one(path: Path) -> tuple[dict, list[str]]:
    meta, body = parse(path)
    problems: list[str] = []
    origin = meta["origin_group"]
    if origin not in ORIGINS.values():
        problems.append(f"unknown origin_group {origin!r}")
    text_parts: list[str] = []
    annotations: list[dict] = []
    pos = 0  # position in body
    out_len = 0  # length of plain text so far
    for m in MARKUP.finditer(body):
        plain = body[pos : m.start()]
        text_parts.append(plain)
        out_len += len(plain)
        typ, surface, code = m.group(1), m.group(2), m.group(3)
        if typ not in CLASS_OF:
            problems.append(f"unknown type {typ!r} at {surface!r}")
        ann = {"start": out_len, "end": out_len + len(surface), "type": typ, "class": CLASS_OF.get(typ, "?")}
        if typ == "CANDIDATE_NAME":
            ann["origin_group"] = ORIGINS.get(code, origin) if code else origin
        elif typ == "PERSON":
            if code not in ORIGINS:
                problems.append(f"PERSON {surface!r} needs an origin code (|wb, |ie, ...)")
            ann["origin_group"] = ORIGINS.get(code or "", "?")
        elif code:
            problems.append(f"origin code on non-name span {surface!r}")
        ann["surface"] = surface
        annotations.append(ann)
        text_parts.append(surface)
        out_len += len(surface)
        pos = m.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        problems.append("unbalanced markup left in text")

    # validation: exact offsets, no overlaps
    for a in annotations:
        if text[a["start"] : a["end"]] != a["surface"]:
            problems.append(f"offset mismatch for {a['surface']!r}")
        if a["surface"] != a["surface"].strip() or not a["surface"]:
            problems.append(f"span with outer whitespace or empty: {a['surface']!r}")
    spans = sorted(annotations, key=lambda a: a["start"])
    for a, b in zip(spans, spans[1:], strict=False):
        if b["start"] < a["end"]:
            problems.append(f"overlapping spans {a['surface']!r} / {b['surface']!r}")

    # lint: identity values and other people's names must be annotated wherever they occur
    covered = [False] * len(text)
    for a in annotations:
        if a["type"] != "KEEP":
            for i in range(a["start"], a["end"]):
                covered[i] = True
    skip = {s.lower() for s in meta.get("lint_skip", []) or []}
    cand = meta.get("candidate") or {}
    needles = {
        str(cand.get(f))
        for f in ("first_name", "last_name", "preferred_name", "email", "ni_number")
        if cand.get(f)
    }
    for n in list(needles):
        needles.update(p for p in re.split(r"[\s\-]+", n) if len(p) > 2 and "@" not in n)
    needles.update(a["surface"] for a in annotations if a["type"] == "PERSON" and "\n" not in a["surface"])
    for needle in needles:
        if needle.lower() in skip:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, re.IGNORECASE):
            if not all(covered[m.start() : m.end()]):
                line = text.count("\n", 0, m.start()) + 1
                problems.append(f"unannotated {needle!r} at line {line}")

    record = {
        "id": str(meta["id"]),
        "origin_group": origin,
        "candidate": {f: cand.get(f) for f in IDENTITY_FIELDS},
        "text": text,
        "annotations": [{k: v for k, v in a.items()} for a in annotations],
    }
    return record, problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else HERE  # holds source/; applications/ is written beside it
    source, out = directory / "source", directory / "applications"
    out.mkdir(exist_ok=True)
    failed = 0
    built = set()
    for path in sorted(source.glob("*.md")):
        record, problems = build_one(path)
        if problems:
            failed += 1
            for p in problems:
                print(f"{path.name}: {p}", file=sys.stderr)
            continue
        if record["id"] != path.stem:
            print(f"{path.name}: id {record['id']} does not match file name", file=sys.stderr)
            failed += 1
            continue
        (out / f"{path.stem}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        built.add(f"{path.stem}.json")
    for stale in out.glob("*.json"):
        if stale.name not in built:
            stale.unlink()
    print(f"built {len(built)} applications, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
