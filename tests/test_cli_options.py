"""The command line's own options, which need no model: --version, -h, what --model's help promises,
and evaluate's corpus argument."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from electext.cli import app
from electext.core.version import __version__
from typer.testing import CliRunner

runner = CliRunner()


def test_version_option_prints_the_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output) == (0, f"electext {__version__}\n")


def _command_lines() -> list[list[str]]:
    """Every command and sub-command, as the words that name it."""
    group = typer.main.get_command(app)
    lines: list[list[str]] = [[]]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        lines.append([name])
        lines += [[name, sub] for sub in getattr(command, "commands", {})]
    return lines


@pytest.mark.parametrize("words", _command_lines(), ids=lambda words: " ".join(words) or "electext")
def test_dash_h_is_help_everywhere(words: list[str]) -> None:
    short, long = runner.invoke(app, [*words, "-h"]), runner.invoke(app, [*words, "--help"])
    assert short.exit_code == 0, short.output
    assert short.output == long.output and "Usage:" in short.output


def test_evaluate_needs_a_corpus_with_gold(tmp_path: Path) -> None:
    """No default folder that exists only in the repository: a missing corpus, or one without gold, is a
    usage error that says what evaluate needs."""
    missing = runner.invoke(app, ["evaluate"])
    assert missing.exit_code == 2 and "Missing argument 'corpus'" in missing.output
    (tmp_path / "a.txt").write_text("Labour won the Kettering by-election.\n", encoding="utf-8")
    ungraded = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert ungraded.exit_code == 2 and "no gold annotations (*.gold.json)" in ungraded.output
    elsewhere = runner.invoke(app, ["evaluate", str(tmp_path), "--gold", str(tmp_path / "gold")])
    assert elsewhere.exit_code == 2 and "no such file or folder" in elsewhere.output
