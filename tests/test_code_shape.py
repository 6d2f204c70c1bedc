"""The code's shape, as issue 20 set it: small functions, and a module over about 400 lines says why.

Measured on the source tree with :mod:`ast`, so a long function or module fails here before review."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

SOURCE = ROOT / "pipeline" / "electext"
MAX_FUNCTION_LINES = 80
# "about 400": a module a few lines over needs no essay
MAX_MODULE_LINES = 420
REASON = "One module"


def _modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def test_no_function_is_over_80_lines() -> None:
    long = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in _modules()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


def test_a_long_module_says_why_in_its_docstring() -> None:
    unexplained = [
        str(path.relative_to(ROOT))
        for path in _modules()
        if len(path.read_text(encoding="utf-8").splitlines()) > MAX_MODULE_LINES
        and REASON not in (ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or "")
    ]
    assert unexplained == []
