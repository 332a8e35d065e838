"""House rule: the gold texts in ``../shared`` are read for measuring, never copied into the repository.

Every tracked source, test, doc, example and tool file is compared with the annotated sentences of
the development sets (``../shared/eval``, the PLOVER and PETRARCH2 gold records): no run of eight
words may appear in both. Eight words let common phrases through ("the Ministry of Foreign Affairs
of the Republic of ...") but catch a copied sentence or clause. Generated scorecards list no
sentences; country names and other facts in the lexicon tables are facts, not sentences, and the
seed tool that holds them is left out. Skips when ``../shared`` is absent.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
N = 8
SUFFIXES = {".py", ".yaml", ".md", ".tsv", ".txt", ".html", ".jsonl", ".json", ".xml", ".csv"}
SKIP = {"tools/build_country_seed.py"}


def _grams(text: str) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    return {" ".join(words[i:i + N]) for i in range(len(words) - N + 1)}


def _tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / f for f in out.split() if Path(f).suffix in SUFFIXES and f not in SKIP]


def test_no_gold_sentence_is_copied_into_the_repository(shared):
    from mirrorwatch.evaluation.gold import LOADERS

    gold: set[str] = set()
    for name in ("eval", "plover", "petr2"):
        for passage in LOADERS[name](shared).passages:
            gold |= _grams(passage.text)
    assert len(gold) > 10_000  # the sets were really read
    copied = []
    for path in _tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for number, line in enumerate(text.splitlines(), 1):
            hit = _grams(line) & gold
            if hit:
                copied.append(f"{path.relative_to(ROOT)}:{number}: {sorted(hit)[0]!r}")
    assert not copied, "gold wording found in the repository:\n" + "\n".join(copied[:20])
