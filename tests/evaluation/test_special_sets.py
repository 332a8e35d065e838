"""The three sets with their own scorers through ``mirrorwatch eval`` and the Markdown scorecard."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mirrorwatch.cli import app
from mirrorwatch.evaluation import evaluate
from mirrorwatch.evaluation.report import headline, render_markdown, summary_rows

from .test_kappa import _coder, _round
from .test_petr_unit import _petr_tree

runner = CliRunner()


def _folder(root: Path) -> Path:
    _petr_tree(root)
    ner = root / "data" / "anchors" / "ConfliBERT" / "data" / "cameo_ner"
    ner.mkdir(parents=True)
    (ner / "test.txt").write_text("Freedonia B-S\ncondemned O\nSylvania B-T\n. O\n", encoding="utf-8")
    _round(root, 1, [
        {"sentences": "Freedonia condemned Sylvania.", **_coder("1", "True", "3-Verbal Conflict", "3-11 Disapprove"),
         **_coder("2", "True", "3-Verbal Conflict", "3-11 Disapprove")},
        {"sentences": "It rained in Nordstadt.", **_coder("1", "False"), **_coder("2", "False")},
    ])
    return root


def test_eval_json_and_table_for_the_special_sets(tmp_path):
    root = _folder(tmp_path)
    args = ["eval", "--set", "petr-unit", "--set", "cameo-ner", "--set", "kappa", "--shared", str(root)]
    res = runner.invoke(app, [*args, "--json"])
    assert res.exit_code == 0, res.output
    cards = {c["set"]: c for c in json.loads(res.stdout)["scorecards"]}
    assert set(cards) == {"petr-unit", "cameo-ner", "kappa"}
    assert cards["petr-unit"]["categories"]["DEMO"]["passed"] == 2
    assert cards["kappa"]["rounds"][0]["penta"]["fleiss_humans"] == 1.0  # the two coders agree
    table = runner.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "behaviour tests" in table.stdout.lower() and "S+T overlap" in table.stdout
    assert "Fleiss" in table.stdout


def test_markdown_summary_and_language_filter(tmp_path):
    root = _folder(tmp_path)
    result = evaluate(["petr-unit", "cameo-ner", "kappa"], shared=root, resamples=0)
    md = render_markdown(result)
    assert "## petr-unit · en" in md and "| category | tested | passed | not loadable | pass rate |" in md
    assert "## cameo-ner · en" in md and "## kappa · en" in md
    rows = summary_rows(result)
    assert len(rows) == 3 and "not loadable" in rows[0]
    name, value, _ = headline(result["scorecards"][0])
    assert "not accuracy" in name and value == 1.0
    de = evaluate(["petr-unit", "kappa"], shared=root, lang="de", resamples=0)
    assert de["scorecards"] == [] and len(de["meta"]["skipped"]) == 2
