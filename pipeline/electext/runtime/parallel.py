"""Running the stages on many processes — this machine's cores, or a Dask cluster — with the output
of one process: the same records, in the same order, byte for byte.

The parent process reads the inputs (cheap: decoding, front matter, JSON records) and decides what
``--resume`` can reuse; only the expensive part, :func:`electext.api.extract_article`, goes to the
workers, one article per task. Results come back in input order through a bounded window of tasks
in flight, so memory does not grow with the batch and the writer sees exactly the sequence a single
process would produce.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from electext.api import Reuse, extract_guarded, planned
from electext.core.records import ArticleResult, ErrorRecord
from electext.ingest.article import Article
from electext.ingest.sources import DEFAULT_OPTIONS, ReadOptions
from electext.outputs.write import Serialised
from electext.reference.refdb import DEFAULT_REFERENCE
from electext.runtime.worker import Job, start_worker

# Tasks in flight per worker: enough to keep every worker busy while the parent writes, few enough
# that the window of pending articles stays small.
IN_FLIGHT_PER_WORKER = 8
Record = ArticleResult | ErrorRecord
Shipped = ArticleResult | ErrorRecord | Serialised


def run_job(job: Job, article: Article) -> Record | Serialised:
    """The worker's side: one article through every stage; a failure is an error record."""
    record = extract_guarded(article, job.model, job.reference, job.max_tokens)
    return Serialised.of(record) if job.serialise and isinstance(record, ArticleResult) else record


def in_order(planned: Iterable[Record | Article], submit: Callable[[Article], Any], window: int) -> Iterator[Shipped]:
    """Submit each article (``submit`` returns a future: anything with ``.result()``), keep at most
    ``window`` in flight, and yield every record in input order."""
    pending: deque[Record | Any] = deque()

    def ready(item: Record | Any) -> Shipped:
        return item if isinstance(item, ArticleResult | ErrorRecord) else item.result()

    for item in planned:
        pending.append(item if isinstance(item, ArticleResult | ErrorRecord) else submit(item))
        while len(pending) > window:
            yield ready(pending.popleft())
    while pending:
        yield ready(pending.popleft())


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_parallel(
    paths: Iterable[Path],
    jobs: int,
    model: str | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    reuse: Reuse | None = None,
    reference: Path | None = DEFAULT_REFERENCE,
    serialise: bool = False,
) -> Iterator[Shipped]:
    """:func:`electext.api.extract_paths` on ``jobs`` processes of this machine; with ``serialise``,
    results come as :class:`Serialised` text for a :class:`electext.outputs.write.BatchWriter`."""
    job = Job(model=model, reference=reference, max_tokens=options.max_tokens, serialise=serialise)
    # Workers start from a clean server process, not from this one: they must not inherit the output
    # folder's lock (a killed run's workers would hold it) or an open database connection. Each loads
    # the model once.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=start_worker, initargs=(job, os.getpid())) as pool:

        def submit(article: Article) -> Future[Shipped]:
            return pool.submit(run_job, job, article)

        yield from in_order(planned(paths, model, options, reuse, reference), submit, jobs * IN_FLIGHT_PER_WORKER)


def extract_on_dask(
    paths: Iterable[Path],
    scheduler: str | None = None,
    jobs: int | None = None,
    model: str | None = None,
    options: ReadOptions = DEFAULT_OPTIONS,
    reuse: Reuse | None = None,
    reference: Path | None = DEFAULT_REFERENCE,
    serialise: bool = False,
) -> Iterator[Shipped]:
    """:func:`electext.api.extract_paths` on a Dask cluster: the one at ``scheduler``, or a local one
    of ``jobs`` single-threaded worker processes. Each worker loads the model once (the pipeline is
    cached per process); every worker needs electext installed, and, for ``reference``, the same
    database at the same path (the built-in one always is)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        from electext.core.errors import ElectextError

        raise ElectextError("--engine dask needs Dask: pip install 'electext[dask]'") from None
    job = Job(model=model, reference=reference, max_tokens=options.max_tokens, serialise=serialise)
    cluster = None
    if scheduler is None:
        # ":0": the scheduler's web server on a free port. With None, Dask still binds its default 8787,
        # and a second batch started on the machine meanwhile fails to start its cluster.
        cluster = LocalCluster(
            n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    client = Client(scheduler if scheduler is not None else cluster)
    try:
        if cluster is not None:
            from electext.runtime.dask_worker import WithholdUnusedFrameworks

            client.register_plugin(WithholdUnusedFrameworks(model))
        workers = max(1, len(client.scheduler_info().get("workers", {})))

        def submit(article: Article) -> Any:
            return client.submit(run_job, job, article, pure=False)

        yield from in_order(planned(paths, model, options, reuse, reference), submit, workers * IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
