"""Generated files are never stale: outputs/ (the bundled corpus) and schemas/ (the models)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from electext.cli import app
from electext.outputs.manifest import NAME as MANIFEST
from electext.outputs.schema import render_schemas
from typer.testing import CliRunner

from tests.conftest import ROOT, evidence_round_trips

OUTPUTS = ROOT / "outputs"
REGENERATE = "electext extract corpus/ -o outputs"


def test_schemas_are_current() -> None:
    for name, text in render_schemas().items():
        path = ROOT / "schemas" / name
        assert path.exists() and path.read_text(encoding="utf-8") == text, f"{path} is stale: run `electext schema`"


@pytest.fixture(scope="module")
def fresh_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("outputs")
    import os

    cwd = Path.cwd()
    os.chdir(ROOT)  # sources are recorded relative to the project root, as the README command runs
    try:
        result = CliRunner().invoke(app, ["extract", "corpus/", "-o", str(target)])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return target


@pytest.mark.model
def test_committed_outputs_are_current(fresh_outputs: Path) -> None:
    """Every output, and the manifest listing them (committed, so that the command run again over
    outputs/ replaces exactly its own files: the README's figure and screenshots are not)."""
    fresh = sorted(p.name for p in fresh_outputs.iterdir())
    committed = sorted(p.name for p in OUTPUTS.iterdir() if p.suffix in (".json", ".jsonl") or p.name == MANIFEST)
    assert fresh == committed, f"outputs/ is stale: run `{REGENERATE}`"
    for name in fresh:
        assert (fresh_outputs / name).read_bytes() == (OUTPUTS / name).read_bytes(), (
            f"outputs/{name} is stale: run `{REGENERATE}`"
        )


@pytest.mark.model
def test_every_output_validates_and_its_evidence_round_trips(fresh_outputs: Path) -> None:
    schema = json.loads((ROOT / "schemas" / "article-result.schema.json").read_text(encoding="utf-8"))
    from electext.core.records import ArticleResult

    for path in sorted(fresh_outputs.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)
        original = (ROOT / data["article"]["source"]).read_text(encoding="utf-8")
        evidence_round_trips(ArticleResult.model_validate(data), original)


def _unanchored(node: object, path: str = "") -> list[str]:
    """Paths of values with neither evidence nor a note on how they were derived."""
    found: list[str] = []
    if isinstance(node, dict):
        if "value" in node and "evidence" in node and not node["evidence"] and not node.get("derived"):
            found.append(path)
        for key, child in node.items():
            found += _unanchored(child, f"{path}.{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _unanchored(child, f"{path}[{index}]")
    return found


def test_every_value_points_at_its_evidence_or_says_how_it_was_derived(fresh_outputs: Path) -> None:
    unanchored = {
        path.name: paths
        for path in sorted(fresh_outputs.glob("*.json"))
        if (paths := _unanchored(json.loads(path.read_text(encoding="utf-8"))))
    }
    assert unanchored == {}
