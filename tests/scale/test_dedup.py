"""An article in two input files is coded once, where it first occurs in input order, on every executor."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pyarrow.parquet as pq

from mirrorwatch.scale.corpus import code_corpus
from mirrorwatch.scale.worker import read_marker

SHARED = {"text": "France expelled two diplomats of Russia on Monday. Talks were cancelled.",
          "language": "en", "published": "2024-03-04"}
SAME_URL = "https://news.example/world/expulsions"


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    a = _write(tmp_path / "a.jsonl", [
        {**SHARED, "url": "https://wire-a.example/1"},
        {"text": "Poland imposed new sanctions on Belarus.", "language": "en", "published": "2024-03-05",
         "url": SAME_URL},
    ])
    b = _write(tmp_path / "b.jsonl", [
        {"text": "Germany signed a trade agreement with Japan.", "language": "en", "published": "2024-03-06"},
        # the same normalised text as in a.jsonl, other spacing and another URL
        {**SHARED, "text": "  " + SHARED["text"].replace(" ", "  ") + "\n", "url": "https://wire-b.example/9"},
        # another text under a URL a.jsonl already has
        {"text": "Turkey condemned Armenia over the border incident.", "language": "en",
         "published": "2024-03-07", "url": SAME_URL},
    ])
    return a, b


def _doc_ids_by_part(out: Path) -> dict[str, set[str]]:
    return {p.name: set(pq.read_table(p).column("doc_id").to_pylist()) for p in sorted(out.glob("part-*.parquet"))}


def _hashes(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("part-*.parquet"))}


def test_an_article_in_two_files_is_coded_once_and_the_first_wins(tmp_path):
    a, b = _inputs(tmp_path)
    res = code_corpus([a, b], tmp_path / "ev")
    assert res["status"] == "ok" and res["partitions"] == 2
    assert res["cross_duplicates"] == 2  # the shared text, and the second article under SAME_URL
    assert res["documents"] == res["total"]["documents"] == 3
    parts = _doc_ids_by_part(tmp_path / "ev")
    all_ids = [i for ids in parts.values() for i in ids]
    assert len(all_ids) == len(set(all_ids))  # no article's events in two parts
    assert res["events"] == sum(pq.read_table(p).num_rows for p in (tmp_path / "ev").glob("part-*.parquet"))
    countries = {(r["source_country"], r["target_country"])
                 for p in (tmp_path / "ev").glob("part-*.parquet") for r in pq.read_table(p).to_pylist()}
    assert ("FRA", "RUS") in countries and ("POL", "BLR") in countries and ("DEU", "JPN") in countries
    assert ("TUR", "ARM") not in countries  # same URL as an article of a.jsonl: dropped


def test_input_order_decides_which_copy_is_kept(tmp_path):
    a, b = _inputs(tmp_path)
    first = code_corpus([a, b], tmp_path / "ab")
    second = code_corpus([b, a], tmp_path / "ba")
    assert first["cross_duplicates"] == second["cross_duplicates"] == 2
    ab = [read_marker(tmp_path / "ab", p.stem.removeprefix("part-")) for p in (tmp_path / "ab").glob("part-*")]
    ba = [read_marker(tmp_path / "ba", p.stem.removeprefix("part-")) for p in (tmp_path / "ba").glob("part-*")]
    dropped_ab = {m["label"].rsplit("/", 1)[-1]: len(m.get("dropped", [])) for m in ab}
    dropped_ba = {m["label"].rsplit("/", 1)[-1]: len(m.get("dropped", [])) for m in ba}
    assert dropped_ab[f"b.jsonl [bytes 0:{b.stat().st_size}]"] == 2
    assert dropped_ab[f"a.jsonl [bytes 0:{a.stat().st_size}]"] == 0
    assert dropped_ba[f"a.jsonl [bytes 0:{a.stat().st_size}]"] == 2  # now a.jsonl comes second
    countries = {(r["source_country"], r["target_country"])
                 for p in (tmp_path / "ba").glob("part-*.parquet") for r in pq.read_table(p).to_pylist()}
    assert ("TUR", "ARM") in countries and ("POL", "BLR") not in countries


def test_same_parts_on_a_pool_and_on_dask_and_a_rerun_changes_nothing(tmp_path):
    a, b = _inputs(tmp_path)
    inproc = code_corpus([a, b], tmp_path / "in")
    pool = code_corpus([a, b], tmp_path / "pool", workers=2)
    assert _hashes(tmp_path / "in") == _hashes(tmp_path / "pool")
    assert pool["cross_duplicates"] == inproc["cross_duplicates"] == 2
    if importlib.util.find_spec("distributed") is not None:
        dask = code_corpus([a, b], tmp_path / "dask", dask_local=2)
        assert dask["cross_duplicates"] == 2 and _hashes(tmp_path / "dask") == _hashes(tmp_path / "in")
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "in").glob("part-*.parquet")}
    again = code_corpus([a, b], tmp_path / "in")
    assert again["skipped"] == 2 and again["coded"] == 0 and again["documents"] == 0
    assert again["cross_duplicates"] == 2 and again["total"] == inproc["total"]
    assert {p: p.stat().st_mtime_ns for p in before} == before  # nothing rewritten


def test_a_later_input_coded_first_is_filtered_when_the_earlier_one_arrives(tmp_path):
    # Resumability: b.jsonl alone first (keeps everything), then a, b: b's part loses the copies.
    a, b = _inputs(tmp_path)
    alone = code_corpus([b], tmp_path / "ev")
    assert alone["cross_duplicates"] == 0 and alone["documents"] == 3
    both = code_corpus([a, b], tmp_path / "ev")
    assert both["coded"] == 1 and both["skipped"] == 1 and both["cross_duplicates"] == 2
    assert both["total"]["documents"] == 3
    code_corpus([a, b], tmp_path / "fresh")
    assert _hashes(tmp_path / "ev") == _hashes(tmp_path / "fresh")


def test_the_cli_summary_names_the_articles_left_out(tmp_path):
    from typer.testing import CliRunner

    from mirrorwatch.cli import app

    a, b = _inputs(tmp_path)
    res = CliRunner().invoke(app, ["code-corpus", str(a), str(b), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert "2 article(s) already in an earlier input left out" in res.output
