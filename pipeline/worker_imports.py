"""Preloaded by the forkserver of a ``--jobs`` run, so that every worker forks with electext's modules
(spaCy, thinc, pydantic, the compiled patterns) already imported instead of importing them itself.

Only where neither PyTorch nor CuPy is installed: importing spaCy there decides nothing, whatever model
a later job asks for. Where either is installed, a worker must first decide from its job's model
whether to withhold them (:mod:`pipeline.model_choice`), so the forkserver imports nothing.
"""

from __future__ import annotations

import importlib
import importlib.util

from pipeline.model_choice import FRAMEWORKS


def preload() -> bool:
    """Import the stages' modules when no framework could need withholding; whether it did."""
    if any(importlib.util.find_spec(name) is not None for name in FRAMEWORKS):
        return False
    try:
        importlib.import_module("pipeline.parallel")  # the stages, and the worker's task function
    except Exception:  # a worker that imports for itself reports the same error, with its article
        return False
    return True


PRELOADED = preload()
