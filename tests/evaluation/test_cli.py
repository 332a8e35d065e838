"""``mirrorwatch eval`` end to end with the real coder on a hand-written gold folder."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from mirrorwatch.cli import app

runner = CliRunner()


def test_eval_json_on_a_tiny_gold_folder(mini_shared):
    res = runner.invoke(app, ["eval", "--set", "petr2", "--shared", str(mini_shared), "--json",
                              "--resamples", "50"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    (card,) = data["scorecards"]
    assert card["set"] == "petr2" and card["lang"] == "en" and card["units"] == 2
    assert set(card["levels"]) >= {"L0", "L1", "L2", "L3", "L5", "L5+", "L3 interstate"}
    assert card["fp_rate_no_event"]["n"] == 1


def test_eval_table_and_level_filter(mini_shared):
    res = runner.invoke(app, ["eval", "--set", "eval", "--level", "L3", "--shared", str(mini_shared),
                              "--resamples", "50"])
    assert res.exit_code == 0, res.output
    assert "eval · en" in res.stdout and "L3 interstate" in res.stdout
    assert "\n L1 " not in res.stdout  # only L3 and its variants
    assert "gold/alignment problems: 2" in res.stdout


def test_eval_rejects_bad_options_and_missing_folder(tmp_path):
    bad = runner.invoke(app, ["eval", "--set", "nope"])
    assert bad.exit_code == 2 and "unknown set" in bad.output
    bad = runner.invoke(app, ["eval", "--level", "L9"])
    assert bad.exit_code == 2
    missing = runner.invoke(app, ["eval", "--shared", str(tmp_path / "absent")])
    assert missing.exit_code == 1 and "gold folder not found" in missing.output
