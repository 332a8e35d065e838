"""``mirrorwatch serve``: --get runs one request without a server; errors and help."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from mirrorwatch.cli import app

runner = CliRunner()


def test_serve_get_prints_json_twin(filled):
    store, _ = filled
    result = runner.invoke(app, ["serve", "--db", str(store.path), "--get", "/index.json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {d["dyad"] for d in data["dyads"]} == {"AZE-RUS", "DEU-FRA"}


def test_serve_get_html_and_http_errors(filled):
    store, ids = filled
    ok = runner.invoke(app, ["serve", "--db", str(store.path), "--get", f"doc/{ids['doc0']}"])
    assert ok.exit_code == 0 and "<article" in ok.stdout
    bad = runner.invoke(app, ["serve", "--db", str(store.path), "--get", "/dyad/XYZ.json"])
    assert bad.exit_code == 1
    assert "alpha-3" in json.loads(bad.stdout)["error"]


def test_serve_refuses_missing_store(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb"), "--get", "/"])
    assert result.exit_code == 1
    assert "No store at" in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_serve_help_has_example():
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "--get" in result.output


def test_loopback_detection():
    from mirrorwatch.web.server import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")
