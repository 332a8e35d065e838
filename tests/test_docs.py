"""Every CLI command is documented: help text with an example, and a section in docs/cli.md."""

from pathlib import Path

import pytest
import typer.main

from mirrorwatch.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_command_has_help_with_example(name):
    cmd = COMMANDS[name]
    if hasattr(cmd, "commands"):  # a group: check its subcommands
        for sub in cmd.commands.values():
            assert sub.help and "Example" in sub.help, f"{name} {sub.name} lacks help with an Example"
    else:
        assert cmd.help and "Example" in cmd.help, f"{name} lacks help with an Example"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_command_is_in_docs(name):
    assert f"mirrorwatch {name}" in DOCS.read_text(encoding="utf-8")
