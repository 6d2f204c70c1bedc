"""A worker plugin for the local Dask cluster that ``--engine dask`` starts itself.

Those worker processes are electext's, as the ``--jobs`` workers are, so they too withhold PyTorch and
CuPy before anything imports spaCy (:mod:`electext.nlp.model_choice`). A cluster named with
``--scheduler`` belongs to the user and gets no plugin. Imported only when Dask is installed.
"""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from electext.nlp.model_choice import withhold_unused_frameworks


class WithholdUnusedFrameworks(WorkerPlugin):
    """Runs on each worker when it joins, before the worker's first task imports spaCy."""

    name = "electext-withhold-unused-frameworks"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        withhold_unused_frameworks(self.model)
