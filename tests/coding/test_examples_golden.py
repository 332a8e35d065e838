"""Golden test on the bundled example corpus: the coder must find most expected events.

tests/golden/examples_expected.jsonl was written and checked by the corpus developer; the floors
below are what the coder reached when this test was written (rounded down), so a regression fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mirrorwatch.coding import Coder

from .scoring import f1, l3_counts

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "tests" / "golden" / "examples_expected.jsonl"

#: Recall and precision floors per language (text + HTML examples together).
# Measured 2026-11-29 (commit after 00d7114): de R 0.51 P 0.53, en R 0.46 P 0.37, ru R 0.38 P 0.52;
# ru keeps slack because its pack is being reworked.
# ru measured R 0.45 P 0.587 after the Russian pack rework (triggers for all types, case roles).
# en measured R 0.475 P 0.412 after evaluative judgements and dropping stateless actors.
# ru measured R 0.45 P 0.60 (27 of 60, 27 of 45) after round 2 (retaliation, named past acts, meetings).
# de measured R 0.614 P 0.614 (43 of 70, 43 of 70) after the German clause-structure and lexicon rounds.
# de measured R 0.700 P 0.653 (49 of 70, 49 of 75) after German round 2 (showcase article, retaliation,
# unwanted persons, diplomats ordered out, permits/tariffs); floors keep one event of slack.
# ru measured R 0.45 P 0.614 (62 gold, 45 predicted) after round 4 (participles, case of titles, "он").
# From here on the articles are read through the ingest stage (as `mirrorwatch ingest`/`code FILE` do:
# headline and "Lesen Sie auch" teasers removed), not through trafilatura alone; measured with that:
# de R 0.643 P 0.714, en R 0.542 P 0.533, ru R 0.450 P 0.711. Floors keep about one event of slack.
# en measured R 0.559 P 0.579 (33 of 63 gold, 33 of 59 predicted) after English round 3 (coordinated
# verbs, nationals as objects, pairs, decisions, hyphen pairs, owners of acts); one event of slack.
# en measured R 0.559 P 0.589 (33 of 63, 33 of 56) at commit 1511018; R 0.576 P 0.618 (34 of 63,
# 34 of 55) at the end of round 3 (commit 1afdcfd); floors keep one event of slack.
FLOORS = {"de": (0.62, 0.69), "en": (0.56, 0.60), "ru": (0.43, 0.69)}


def _text_of(path: Path) -> tuple[str, str | None]:
    """The article text and date exactly as ``mirrorwatch ingest`` stores them (chrome and teasers removed)."""
    from mirrorwatch.ingest import Failure, Options, iter_documents
    from mirrorwatch.ingest.fetch import Fetcher

    with Fetcher() as fetcher:
        docs = list(iter_documents([str(path)], Options(), fetcher=fetcher))
    assert len(docs) == 1 and not isinstance(docs[0], Failure), f"{path}: {docs}"
    return docs[0].text, docs[0].published


def _expected() -> list[dict]:
    if not EXPECTED.is_file():
        pytest.skip("tests/golden/examples_expected.jsonl is not there yet")
    return [json.loads(ln) for ln in EXPECTED.read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_examples_recall_and_precision_floor(lang):
    rows = [r for r in _expected() if r["lang"] == lang and r["file"].startswith(("text/", "html/"))]
    coder = Coder(lang)
    pred, gold = [], []
    for file in sorted({r["file"] for r in rows}):
        path = ROOT / "examples" / file
        if not path.is_file():
            continue
        text, pub = _text_of(path)
        pub = pub or next(r["published"] for r in rows if r["file"] == file)
        for e in coder.code_text(text, published=pub, doc_id=file):
            if not (e.negated or e.hypothetical):
                pred.append((e.sentence, (e.source.country, e.target.country if e.target else None, e.plover)))
        gold += [(r["sentence"], (r["source"], r["target"], r["plover"])) for r in rows
                 if r["file"] == file and r.get("plover")]
    assert gold, "no expected events for this language"
    p, r, _ = f1(*l3_counts(pred, gold))
    min_r, min_p = FLOORS[lang]
    assert r >= min_r, f"{lang}: recall {r:.2f} < {min_r}"
    assert p >= min_p, f"{lang}: precision {p:.2f} < {min_p}"


def test_jekaterinburg_baku_article_yields_the_four_moves():
    """The German Yekaterinburg–Baku article: raid, summons, programmes frozen, Sputnik office raided."""
    path = ROOT / "examples" / "html" / "de" / "02-jekaterinburg-baku-spiegelstrategie.html"
    if not path.is_file():
        pytest.skip("example article not there")
    text, _ = _text_of(path)
    pub = next((r["published"] for r in _expected() if r["file"].endswith(path.name)), None)
    events = [e for e in Coder("de").code_text(text, published=pub) if not (e.negated or e.hypothetical)]
    got = {(e.source.country, e.source.sector, e.target.country if e.target else None, e.target.sector if e.target
            else None, e.plover, e.date) for e in events}
    # the four moves of the issue, each with its day (Fri 27, Sat 28, Sun 29, Mon 30 June 2025)
    assert ("RUS", "COP", "AZE", "CVL", "COERCE", "2025-06-27") in got
    assert ("AZE", "GOV", "RUS", "GOV", "ACCUSE", "2025-06-28") in got
    assert any(s == "AZE" and t == "RUS" and p == "SANCTION" and d == "2025-06-29" for s, _, t, _, p, d in got)
    assert ("AZE", "COP", "RUS", "MED", "COERCE", "2025-06-30") in got
