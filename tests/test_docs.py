"""The README documents every command, the commands it shows exist, and its Python snippets run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main
from electext.cli import app

from tests.conftest import ROOT

_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def readme_python() -> list[tuple[int, str]]:
    """Each ```python block of the README, with the line its code starts on."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [(readme.count("\n", 0, block.start(1)) + 1, block.group(1)) for block in _PYTHON_BLOCK.finditer(readme)]


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


def test_the_readme_has_python_snippets_to_run() -> None:
    assert readme_python(), "no ```python block found in README.md: has its fence changed?"


@pytest.mark.model
@pytest.mark.parametrize(("line", "code"), readme_python(), ids=[f"line-{line}" for line, _ in readme_python()])
def test_a_readme_python_snippet_runs(line: int, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as a reader would, from a folder holding the project's files (linked, so its relative paths
    such as ``corpus/`` resolve) and whatever the snippet writes: a snippet that fails here fails for them."""
    for entry in ROOT.iterdir():
        if not entry.name.startswith("."):
            (tmp_path / entry.name).symlink_to(entry)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"README.md, line {line}", "exec"), {"__name__": "__main__"})
