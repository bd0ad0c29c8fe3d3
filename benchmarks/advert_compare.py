"""Side by side: FairHire's advert check, alex and write-good (npm) and proselint (PyPI) on the eval adverts.

    npm install --prefix benchmarks alex write-good     # once; puts them in benchmarks/node_modules
    .venv/bin/pip install proselint                     # once
    .venv/bin/python benchmarks/advert_compare.py [--examples 8]

A tool that is not installed is reported as missing, not skipped silently. Tools use their own
categories, so a gold phrase counts as caught by a tool when any of its findings overlaps the phrase.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from advert_eval import BIAS_CATEGORIES, Advert, load_adverts  # noqa: E402

from services.advert_check.service import check_advert  # noqa: E402

Span = tuple[int, int, str, str]  # start, end, rule, message

NODE_SCRIPT = r"""
import {text as alexText} from 'alex';
import writeGood from 'write-good';
let raw = '';
process.stdin.on('data', c => raw += c);
process.stdin.on('end', () => {
  const texts = JSON.parse(raw);
  const out = texts.map(t => {
    const a = alexText(t).messages.map(m => {
      const p = m.place || m.position || {};
      const s = p.start ? p.start.offset : (p.offset ?? 0);
      const e = p.end ? p.end.offset : s + 1;
      return [s, e, 'alex:' + m.ruleId, String(m.reason)];
    });
    const w = writeGood(t).map(x => [x.index, x.index + x.offset,
                                     'write-good:' + x.reason.replace(/^"[^"]*" /, ''), x.reason]);
    return {alex: a, 'write-good': w};
  });
  process.stdout.write(JSON.stringify(out));
});
"""


def run_node(texts: list[str]) -> tuple[list[dict[str, list[Span]]] | None, str]:
    """alex and write-good findings for each text, or None and the reason they could not run."""
    if shutil.which("node") is None:
        return None, "node is not installed"
    if not (HERE / "node_modules" / "alex").exists() or not (HERE / "node_modules" / "write-good").exists():
        return None, "run `npm install --prefix benchmarks alex write-good` first"
    proc = subprocess.run(  # noqa: S603 - fixed argv, our own script
        ["node", "--input-type=module", "-e", NODE_SCRIPT],  # noqa: S607
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=HERE,
        check=False,
    )
    if proc.returncode != 0:
        return None, proc.stderr.strip()[-500:]
    raw = json.loads(proc.stdout)
    return [{k: [tuple(x) for x in v] for k, v in item.items()} for item in raw], "ok"  # type: ignore[misc]


def run_proselint(texts: list[str]) -> tuple[list[list[Span]] | None, str]:
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None, "proselint is not installed (pip install proselint)"
    CheckRegistry().register_many(__register__)
    out = []
    for t in texts:
        results = LintFile("<advert>", t).lint()
        # LintFile pads the content with one newline at the start.
        out.append(
            [
                (
                    r.check_result.span[0] - 1,
                    r.check_result.span[1] - 1,
                    "proselint:" + r.check_result.check_path,
                    r.check_result.message,
                )
                for r in results
            ]
        )
    return out, "ok"


def ours(ad: Advert) -> list[Span]:
    return [
        (f.start, f.end, f"fairhire:{f.category}", f.message)
        for f in check_advert(ad.text, ad.title).findings
    ]


def _hits(span: tuple[int, int], found: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e, _r, _m in found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=6, help="examples to show per list")
    args = parser.parse_args()
    adverts = load_adverts()
    texts = [a.text for a in adverts]

    tools: dict[str, list[list[Span]]] = {"fairhire": [ours(a) for a in adverts]}
    node, why = run_node(texts)
    if node is None:
        print(f"alex, write-good: NOT RUN - {why}")
    else:
        tools["alex"] = [n["alex"] for n in node]
        tools["write-good"] = [n["write-good"] for n in node]
    pl, why = run_proselint(texts)
    if pl is None:
        print(f"proselint: NOT RUN - {why}")
    else:
        tools["proselint"] = pl

    groups = {
        "bias (9 categories)": set(BIAS_CATEGORIES),
        "complex_word": {"complex_word"},
        "unexplained_acronym": {"unexplained_acronym"},
    }
    print(f"{len(adverts)} adverts, {sum(len(a.gold) for a in adverts)} annotated phrases\n")
    header = f"{'tool':12} " + " ".join(f"{g[:22]:>24}" for g in groups)
    print(header + f" {'findings':>9} {'on clean':>9} {'per advert':>11}")
    for name, found in tools.items():
        cells = []
        for cats in groups.values():
            gold = [(ad, s, e, c) for ad in adverts for s, e, c in ad.gold if c in cats]
            idx = {a.id: i for i, a in enumerate(adverts)}
            if name == "fairhire":
                got = sum(
                    any(s < fe and fs < e and r == f"fairhire:{c}" for fs, fe, r, _m in found[idx[ad.id]])
                    for ad, s, e, c in gold
                )
            else:
                got = sum(_hits((s, e), found[idx[ad.id]]) for ad, s, e, _c in gold)
            cells.append(f"{got:>3}/{len(gold):<3} {got / len(gold):>6.0%}      " if gold else f"{'-':>24}")
        total = sum(map(len, found))
        on_clean = sum(len(f) for a, f in zip(adverts, found, strict=True) if a.clean)
        n_clean = sum(a.clean for a in adverts)
        print(
            f"{name:12} "
            + " ".join(f"{c:>24}" for c in cells)
            + f" {total:>9} {on_clean:>9} {total / len(adverts):>11.1f}   ({n_clean} clean adverts)"
        )
    print("\n(recall: annotated phrases a tool flags at all; FairHire must also get the category right)")

    for name, found in tools.items():
        if name == "fairhire":
            continue
        print(f"\n== {name}")
        rules = Counter(r for f in found for _s, _e, r, _m in f)
        print("  rules fired: " + ", ".join(f"{r.split(':', 1)[1]} x{n}" for r, n in rules.most_common(12)))
        they_catch: list[str] = []
        we_catch: dict[str, int] = defaultdict(int)
        extra: dict[str, list[str]] = defaultdict(list)
        for ad, theirs, mine in zip(adverts, found, tools["fairhire"], strict=True):
            for s, e, cat in ad.gold:
                t, m = _hits((s, e), theirs), _hits((s, e), mine)
                if t and not m:
                    they_catch.append(f"{ad.id} [{cat}] {ad.text[s:e]!r}")
                if m and not t:
                    we_catch[cat] += 1
            for s, e, r, _msg in theirs:
                if not _hits((s, e), mine) and not any(gs < e and s < ge for gs, ge, _c in ad.gold):
                    extra[r].append(f"{ad.text[max(0, s) : e]!r}")
        print(f"  annotated phrases {name} flags and FairHire misses: {len(they_catch)}")
        for line in they_catch[: args.examples * 2]:
            print("    " + line)
        print(
            f"  annotated phrases FairHire flags and {name} misses: "
            + ", ".join(f"{c} {n}" for c, n in sorted(we_catch.items(), key=lambda kv: -kv[1]))
        )
        print(
            f"  {name} findings on phrases nobody annotated and FairHire does not flag (by rule, examples):"
        )
        for r, ex in sorted(extra.items(), key=lambda kv: -len(kv[1]))[:8]:
            print(f"    {r.split(':', 1)[1]} x{len(ex)}: " + ", ".join(ex[: args.examples]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
