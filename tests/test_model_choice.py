"""Processes electext starts itself do not import PyTorch or CuPy for a model that cannot use them,
and never withhold them from a model that might."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from electext.launch import model_option
from electext.nlp.model_choice import frameworks_to_withhold, model_config, model_names, predicted_label, thinc_native

from tests.conftest import ROOT

NATIVE = """
[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"

[components.ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
"""


def installed_config() -> str:
    config = next(path for path in map(model_config, model_names()) if path is not None)
    return config.read_text(encoding="utf-8")


def test_the_small_english_model_runs_on_thinc_alone() -> None:
    assert thinc_native(installed_config())


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ('factory = "ner"', 'factory = "transformer"'),  # a plugin's component
        ('"spacy.MultiHashEmbed.v2"', '"spacy-transformers.TransformerListener.v1"'),  # a plugin's layer
        ('"spacy.MultiHashEmbed.v2"', '"spacy.TorchBiLSTMEncoder.v1"'),  # spaCy's own PyTorch wrapper
        ('factory = "ner"', 'factory = "ner"\nsource = "en_core_web_trf"'),  # copied from another pipeline
    ],
)
def test_a_model_that_may_need_pytorch_keeps_it(change: str, why: str) -> None:
    assert thinc_native(NATIVE)
    assert not thinc_native(NATIVE.replace(change, why))


def test_only_what_is_not_imported_yet_and_only_for_a_known_config_is_withheld() -> None:
    assert frameworks_to_withhold(NATIVE, frozenset()) == ("torch", "cupy")
    assert frameworks_to_withhold(NATIVE, frozenset({"torch"})) == ("cupy",)
    assert frameworks_to_withhold(None, frozenset()) == ()  # no config found: spaCy decides, as before


def test_a_model_is_found_by_folder_or_package_without_importing_spacy(tmp_path: Path) -> None:
    (tmp_path / "config.cfg").write_text(NATIVE, encoding="utf-8")
    assert model_config(str(tmp_path)) == tmp_path / "config.cfg"
    assert model_config("no_such_model_package") is None
    assert model_config(str(tmp_path / "missing")) is None
    probe = "import sys; import electext.launch, electext.runtime.worker; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout == "False\n"


@pytest.mark.parametrize(
    ("arguments", "model"),
    [
        (["extract", "in/", "-o", "out", "--model", "en_core_web_md"], "en_core_web_md"),
        (["extract", "in/", "--model=./my-model"], "./my-model"),
        (["extract", "in/", "-o", "out"], None),
        (["extract", "--", "--model", "x"], None),  # after "--" it is a file name
    ],
)
def test_the_command_reads_its_model_option_before_importing_spacy(arguments: list[str], model: str | None) -> None:
    assert model_option(arguments) == model


@pytest.mark.model
@pytest.mark.parametrize("engine", [["--jobs", "2"], ["--engine", "dask", "--jobs", "2"]], ids=["processes", "dask"])
def test_a_parallel_run_imports_no_pytorch_where_pytorch_is_installed(tmp_path: Path, engine: list[str]) -> None:
    if "dask" in engine:
        pytest.importorskip("distributed")
    # A stand-in ``torch`` package that logs every import attempt, then fails like a broken install.
    fake = tmp_path / "site" / "torch"
    fake.mkdir(parents=True)
    log = tmp_path / "imports.log"
    (fake / "__init__.py").write_text(
        f"open({str(log)!r}, 'a').write('imported\\n')\nraise ImportError('stand-in torch')\n", encoding="utf-8"
    )
    articles = tmp_path / "in"
    articles.mkdir()
    for name in ("mid-beds-tamworth.txt", "clacton-2014-wire.txt"):
        shutil.copy(ROOT / "corpus" / "articles" / name, articles / name)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake.parent), str(ROOT)])}

    subprocess.run([sys.executable, "-c", "import spacy"], env=env, check=True)
    assert log.read_text(encoding="utf-8") == "imported\n"  # the stand-in is what spaCy would import
    log.unlink()

    command = [sys.executable, "-m", "electext", "extract", str(articles), "-o", str(tmp_path / "out"), *engine]
    run = subprocess.run(command, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out" / "mid-beds-tamworth.json").is_file()
    assert not log.exists()  # neither the command's process nor any worker it started tried to import it


@pytest.mark.model
def test_a_resumed_batch_names_its_model_without_loading_it(tmp_path: Path) -> None:
    from electext.nlp.annotate import load_pipeline, model_label

    assert predicted_label() == model_label(load_pipeline())
    folder = tmp_path / "my-model"
    folder.mkdir()
    (folder / "config.cfg").write_text(NATIVE, encoding="utf-8")
    assert predicted_label(str(folder)) is None  # no meta.json: load it and ask
    (folder / "meta.json").write_text('{"name": "mine", "version": "1.2.3"}', encoding="utf-8")
    assert predicted_label(str(folder)) == f"{folder}-1.2.3"
    assert predicted_label("no_such_model_package") is None  # loading it gives the error that says why
    # The parent of a --resume batch reads its inputs and decides what to reuse without a model loaded.
    probe = (
        "from pathlib import Path; from electext.nlp import annotate; from electext.api import planned; "
        f"items = list(planned([Path({str(ROOT / 'corpus' / 'articles' / 'mid-beds-tamworth.txt')!r})], "
        "reuse=lambda article, pipeline: None)); print(len(items), len(annotate._PIPELINES))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout == "1 0\n"
