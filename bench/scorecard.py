"""Benchmark: the coder's full scorecard on every gold set in ``../shared`` (quality and speed).

Runs :func:`mirrorwatch.evaluation.evaluate` on all sets (per language, 1,000 bootstrap resamples),
prints one summary line per (set, language) and writes:

* ``docs/scorecard.md``: every table (levels, per type, confusion, diagnostics);
* ``docs/scorecards/<date>-<commit>.json``: the whole scorecard as JSON;
* one row per (set, language) in the ``## Coder quality (scorecard)`` section of
  ``docs/benchmarks.md`` (rows of earlier commits are kept; a re-run for the same commit replaces its rows).

    .venv/bin/python bench/scorecard.py
    .venv/bin/python bench/scorecard.py --set eval --no-write   # print only
    .venv/bin/python bench/scorecard.py --out /tmp/sc            # write into /tmp/sc instead of docs/

Besides the event and class sets, ``all`` includes ``petr-unit`` (PETRARCH unit tests: a
behaviour-test pass rate, never accuracy), ``cameo-ner`` (span F1) and ``kappa`` (human ceiling).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mirrorwatch.evaluation import default_shared, evaluate
from mirrorwatch.evaluation.report import headline, render_markdown, summary_rows

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
SECTION = "## Coder quality (scorecard)"
SECTION_INTRO = """\
The coder against the gold sets in `../shared` (method: `docs/evaluation.md`; every table:
`docs/scorecard.md`; JSON: `docs/scorecards/`). Headline = L3 F1 (source country, target country,
PLOVER type, matched one-to-one per sentence; negated/hypothetical events excluded) for event
sets, macro-F1 for classification sets; 95 % bootstrap CI over 1,000 resamples of sentences.
Speed is sentences (gold units) per CPU second on the same run, language packs loaded beforehand.

    .venv/bin/python bench/scorecard.py

| date | commit | set | lang | units | headline (95 % CI) | detail | sentences/s/core |
|---|---|---|---|---:|---|---|---:|
"""


def update_benchmarks(rows: list[str], commit: str | None, path: Path = DOCS / "benchmarks.md") -> None:
    """Put ``rows`` into this benchmark's section of ``docs/benchmarks.md``, leaving other sections alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = text.find(SECTION)
    if start < 0:
        before, after, old_rows = text.rstrip("\n") + "\n\n", "", []
    else:
        nxt = text.find("\n## ", start + len(SECTION))
        end = len(text) if nxt < 0 else nxt + 1
        before, after = text[:start], text[end:]
        old_rows = [ln for ln in text[start:end].splitlines() if ln.startswith("| 2")]
    keep = [r for r in old_rows if f"`{commit}`" not in r]
    section = SECTION + "\n\n" + SECTION_INTRO + "\n".join(keep + rows) + "\n"
    path.write_text(before + section + ("\n" + after if after else ""), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", dest="sets", help="gold set (repeatable; default all)")
    ap.add_argument("--shared", type=Path, default=None, help="folder holding data/ and eval/")
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--no-write", action="store_true", help="print the figures, write no files")
    ap.add_argument("--out", type=Path, default=None,
                    help="folder to write scorecard.md, scorecards/ and benchmarks.md into (default docs/)")
    args = ap.parse_args()
    shared = args.shared or default_shared()
    if not shared.is_dir():
        print(f"scorecard skipped: no gold folder at {shared}", file=sys.stderr)
        return 0
    result = evaluate(args.sets or "all", shared=shared, resamples=args.resamples)
    for card in result["scorecards"]:
        name, value, ci = headline(card)
        ci_s = f"[{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""
        value_s = "–" if value is None else f"{value:.3f}"
        print(f"{card['set']:<11} {card['lang']}  units={card['units']:<4} {name} {value_s} {ci_s}  "
              f"{card['speed']['sentences_per_s_per_core']} sentences/s/core")
    print(f"runtime {result['meta']['runtime_s']} s, coder commit {result['meta']['coder_commit']}")
    if args.no_write:
        return 0
    meta = result["meta"]
    commit = meta.get("coder_commit") or "nocommit"
    docs = args.out or DOCS
    out_dir = docs / "scorecards"
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / f"{meta['created'][:10]}-{commit}.json"
    json_path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (docs / "scorecard.md").write_text(render_markdown(result, command=".venv/bin/python bench/scorecard.py"),
                                       encoding="utf-8")
    update_benchmarks(summary_rows(result), meta.get("coder_commit"), docs / "benchmarks.md")
    print(f"wrote {json_path}, {docs / 'scorecard.md'} and the scorecard rows of {docs / 'benchmarks.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
