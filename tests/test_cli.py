"""CLI conventions shared by every command: error lines name the item verbatim, exit codes."""

from typer.testing import CliRunner

from mirrorwatch.cli import app

runner = CliRunner()


def test_cli_error_lines_keep_square_brackets(tmp_path):
    # Rich would read "[dask]" as a style tag and drop it; failures must show the item verbatim.
    missing = tmp_path / "[dask]" / "a.txt"
    res = runner.invoke(app, ["code", str(missing)])
    assert res.exit_code == 3
    assert f"FAILED {missing}: no such file" in res.stderr


def test_cli_library_errors_keep_square_brackets(tmp_path):
    res = runner.invoke(app, ["mirror", "AZE", "RUS", "--db", str(tmp_path / "[x].duckdb")])
    assert res.exit_code == 1
    assert "[x].duckdb" in res.stderr
