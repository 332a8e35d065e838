"""The analysis verbs from the API and the CLI: JSON shape of `mirror`, `dyads`, `report`, errors."""

import json

import pytest
from typer.testing import CliRunner

from mirrorwatch import api
from mirrorwatch.analysis.dyad import jsonable
from mirrorwatch.cli import app

from .synth import independent, planted_mirror, write


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    store = api.open_store(path, wait=30)
    write(store, planted_mirror(seed=8, days=600))
    write(store, independent(seed=8, days=300, rate=0.3))
    return path


def test_mirror_api_shape(db):
    res = api.mirror(api.open_store(db), "RUS", "AZE", n_shifts=50, n_boot=50)
    assert json.loads(json.dumps(res)) == res  # JSON-serialisable as it is
    for key in ("RUS->AZE", "AZE->RUS"):
        for field in ("events", "mean_intensity", "answer_rate", "mirror_rate", "median_lag_days",
                      "proportionality", "escalation_share", "mirror_index", "four_vector", "strategy"):
            assert field in res[key]
    assert res["AZE->RUS"]["mirror_index"] > res["RUS->AZE"]["mirror_index"]
    assert res["pairs"] and "sentence" in res["pairs"][0]["trigger"]["evidence"]
    assert set(res["granger"]) == {"AZE answers RUS", "RUS answers AZE"}


def test_cli_mirror_json_and_table(db):
    r = CliRunner().invoke(app, ["mirror", "RUS", "AZE", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["AZE->RUS"]["answers"] == "RUS" and data["AZE->RUS"]["events"] > 0
    r = CliRunner().invoke(app, ["mirror", "RUS", "AZE", "--db", str(db), "--top", "1"])
    assert r.exit_code == 0 and "AZE answers RUS" in r.stdout and "did" in r.stdout


def test_cli_errors(db):
    r = CliRunner().invoke(app, ["mirror", "RU", "AZE", "--db", str(db)])
    assert r.exit_code == 1 and "three-letter" in r.output
    r = CliRunner().invoke(app, ["mirror", "RUS", "AZE", "--db", str(db), "--since", "yesterday-ish"])
    assert r.exit_code == 1 and "--since" in r.output


def test_cli_dyads(db):
    r = CliRunner().invoke(app, ["dyads", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert {(x["a"], x["b"]) for x in rows} == {("AZE", "RUS"), ("CHN", "USA")}
    r = CliRunner().invoke(app, ["dyads", "--db", str(db), "--top", "1"])
    assert r.exit_code == 0 and r.stdout.count("–") >= 1


def test_cli_report(db, tmp_path):
    out = tmp_path / "r.html"
    r = CliRunner().invoke(app, ["report", "RUS", "AZE", "--db", str(db), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_jsonable_nan():
    import numpy as np

    assert jsonable({"x": np.float64("nan"), "y": [np.int64(3)], "z": np.bool_(True)}) == \
        {"x": None, "y": [3], "z": True}


#: The contract of `mirrorwatch mirror A B --json` (issue 5, item 8).
DIRECTION_KEYS = {"events", "mean_intensity", "answer_rate", "mirror_rate", "median_lag_days", "proportionality",
                  "escalation_share", "mirror_index", "four_vector", "strategy"}


def test_cli_mirror_json_contract(db):
    import duckdb

    r = CliRunner().invoke(app, ["mirror", "RUS", "AZE", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)  # exactly one JSON object on stdout
    assert isinstance(data, dict)
    assert {"RUS->AZE", "AZE->RUS", "pairs", "granger"} <= set(data)
    assert not {k for k in data if "->" in k} - {"RUS->AZE", "AZE->RUS"}
    con = duckdb.connect(str(db), read_only=True)
    try:
        for x, y in (("RUS", "AZE"), ("AZE", "RUS")):
            d = data[f"{x}->{y}"]
            assert set(d) >= DIRECTION_KEYS, DIRECTION_KEYS - set(d)
            # "X->Y" describes X: X's own events toward Y, and X answering Y's acts
            n, mean = con.execute("SELECT count(*), avg(intensity) FROM events WHERE source_country = ? AND "
                                  "target_country = ?", [x, y]).fetchone()
            assert d["events"] == n and d["mean_intensity"] == pytest.approx(mean)
            assert d["answers"] == y and len(d["four_vector"]) == 4
            assert d["finding"].startswith(f"{x} answered ")
            assert 0 <= d["answer_rate"] <= 1 and d["mirror_rate"] <= d["answer_rate"]
    finally:
        con.close()
    # the planted responder is Azerbaijan
    assert data["AZE->RUS"]["mirror_index"] > data["RUS->AZE"]["mirror_index"]
    assert isinstance(data["pairs"], list) and set(data["granger"]) == {"AZE answers RUS", "RUS answers AZE"}


def test_cli_dyads_top_and_report_png(db, tmp_path):
    r = CliRunner().invoke(app, ["dyads", "--db", str(db), "--top", "1", "--json"])
    assert r.exit_code == 0, r.output
    assert len(json.loads(r.stdout)) == 1
    out, figs = tmp_path / "r.html", tmp_path / "figs"
    r = CliRunner().invoke(app, ["report", "RUS", "AZE", "--db", str(db), "-o", str(out), "--png", str(figs)])
    assert r.exit_code == 0, r.output
    assert sorted(figs.glob("*.png")) and sorted(figs.glob("*.svg"))
    assert all(p.stat().st_size > 1000 for p in figs.glob("*.png"))
    html = out.read_text(encoding="utf-8")
    assert "<h2>Findings</h2>" in html and "AZE answered " in html
