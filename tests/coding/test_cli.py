"""The coder's CLI: jsonl on stdout exactly as Event.to_dict, explain, lexicon check."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from mirrorwatch.cli import app

runner = CliRunner()


def test_code_file_prints_jsonl_records(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("# published: 2025-07-04\nBaku bestellte am Donnerstag den russischen Geschäftsträger ein.\n",
                 encoding="utf-8")
    res = runner.invoke(app, ["code", str(f), "--lang", "de"])
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stdout.splitlines() if ln.strip()]
    recs = [json.loads(ln) for ln in lines]
    assert recs and recs[0]["source"]["country"] == "AZE" and recs[0]["target"]["country"] == "RUS"
    assert recs[0]["date"] == "2025-07-03"
    assert list(recs[0])[:5] == ["doc_id", "sentence_index", "sentence", "span", "source"]


def test_code_missing_file_is_a_clear_error(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("Russia expelled two Estonian diplomats.", encoding="utf-8")
    res = runner.invoke(app, ["code", str(tmp_path / "nope.txt"), str(good), "--lang", "en"])
    assert res.exit_code == 3
    assert "nope.txt" in res.stderr and "no such file" in res.stderr


def test_explain_json():
    res = runner.invoke(app, ["explain", "Russia expelled two Estonian diplomats.", "--lang", "en", "--json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["triggers"][0]["id"] == "verb:en:expel"
    assert d["candidates"][0]["emitted"] is True
    assert {a["country"] for a in d["actors"]} == {"RUS", "EST"}


def test_lexicon_check_passes_on_shipped_packs():
    res = runner.invoke(app, ["lexicon", "check", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["errors"] == 0
