"""The README documents every command and the commands it shows exist."""

from __future__ import annotations

import typer.main
from electext.cli import app

from tests.conftest import ROOT


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    missing = [name for name in commands if f"electext {name}" not in readme]
    assert missing == []


def test_quick_start_commands_are_the_ones_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install . && electext extract corpus/ -o outputs" in readme
    assert "pip install '.[dev]' && python -m pytest" in readme
    assert "pip install --quiet '.[dev]' && python -m pytest" in ci
