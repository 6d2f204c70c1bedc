"""The start of a worker process of a parallel run, kept free of heavy imports.

A worker starts from the forkserver with almost nothing imported. Unpickling its initializer imports
this module (and the package's light ``__init__``), so the worker can withhold PyTorch and CuPy
(:mod:`electext.nlp.model_choice`) before anything imports spaCy; only then is the model loaded. The
task function, :func:`electext.runtime.parallel.run_job`, is imported with the first task.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from electext.core import rx
from electext.core.collector import tune_collector
from electext.nlp.blas import one_blas_thread
from electext.nlp.model_choice import withhold_unused_frameworks

# How often a worker checks that the batch that started it is still running.
PARENT_CHECK_SECONDS = 1.0


@dataclass(frozen=True)
class Job:
    """Everything a worker needs to extract one article (picklable)."""

    model: str | None
    reference: Path | None
    max_tokens: int | None
    serialise: bool = False  # return a result as the text the output folder gets (see Serialised)


def start_worker(job: Job, parent: int) -> None:
    """Load the model and the reference database once per worker process, and leave with the parent."""
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    tune_collector()  # the worker is electext's: the collector as in the command's own process
    withhold_unused_frameworks(job.model)
    one_blas_thread()  # one process per core already: a BLAS thread per core each would oversubscribe
    rx.allow_deadlines()  # tasks run on this process's main thread: one alarm bounds each article
    from electext.nlp.annotate import load_pipeline
    from electext.reference.refdb import open_reference

    load_pipeline(job.model)
    if job.reference is not None:
        open_reference(job.reference)


def _exit_with(parent: int) -> None:
    """A killed batch must not leave its workers behind: exit once the parent process is gone."""
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid now belongs to another user's process: ours is gone
            os._exit(1)
