"""Which matrix-multiply library the model runs on, and with how many threads.

thinc's default CPU backend (``NumpyOps``) multiplies matrices with the ``blis`` package, whose wheels
pick a kernel for the CPU at start-up. On a CPU that wheel has no kernel for it falls back to BLIS's
portable reference code: on this project's 2-core AMD EPYC (Zen 3, family 25) machine
``BLIS_ARCH_DEBUG=1`` reports sub-configuration ``generic``, and a 1000×288 by 288×288 product runs at
29 GFLOP/s, against 94 GFLOP/s on one thread of the OpenBLAS that NumPy's wheels bundle (which
chooses its kernel at run time and knows these CPUs). The NER spent a third of its time there.

So the model is built on ``NumpyOps(use_blis=False)``, whose products go through ``numpy.dot``. On
the corpus this took the NER from 42.8 to 28.1 ms an article (``bench/stages.py``, one thread) with
every entity and every output identical (the two libraries sum in different orders, so a near-tie in
the NER's scores could in principle resolve the other way; none did). spaCy's own transition loop
calls BLIS directly for its small per-step products, which cannot be changed from Python; electext
decodes the NER itself (``pipeline/electext/nlp/greedy_ner.py``), so those go through NumPy too. Another backend a
user chose (``AppleOps``, a GPU, ``set_current_ops``) is left alone.

OpenBLAS starts one thread per core by default. A worker of a parallel run is one of a process per
core already, so in processes electext owns the libraries get one thread each, set through their
environment variables before NumPy is first imported (they are read only then). Dask's nannies set
the same variables for the workers they start.

In a process that is not electext's (the library in your program), the model's own call still runs on
one BLAS thread (:func:`blas_limited_to_one_thread`, through ``threadpoolctl``), as it did on BLIS,
and the rest of the program keeps the threads it had. A second OpenBLAS thread made a corpus run here
3% faster (8.75 against 9.01 s) for 74% more CPU (15.1 against 8.7 s).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # thinc imports NumPy: this module is imported before NumPy may be (one_blas_thread)
    from thinc.api import Ops

# Read by OpenBLAS, MKL and OpenMP builds of the BLAS libraries, when they are loaded.
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")


def model_ops() -> Ops:
    """The backend to build the model on: thinc's default NumPy backend with NumPy's own BLAS in place
    of BLIS, or whatever other backend is current."""
    from thinc.api import NumpyOps, get_current_ops

    current = get_current_ops()
    # Exactly NumpyOps: AppleOps and BigEndianOps subclass it, and have products of their own.
    if type(current) is NumpyOps and getattr(current, "use_blis", False):
        return NumpyOps(use_blis=False)
    return current


@contextmanager
def building_on(ops: Ops) -> Iterator[None]:
    """Models built inside this block keep ``ops`` as their backend (thinc's ``use_ops`` takes a
    backend's name, not an instance)."""
    from thinc.api import get_current_ops, set_current_ops

    previous = get_current_ops()
    set_current_ops(ops)
    try:
        yield
    finally:
        set_current_ops(previous)


def one_blas_thread() -> bool:
    """In a process electext owns, before NumPy is imported: one BLAS thread, unless the user set the
    variable. Returns whether it could still take effect (NumPy not yet imported)."""
    if "numpy" in sys.modules:
        return False
    for variable in THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    return True


class _OneThreadWhileInside:
    """Counts the threads of the program inside :func:`blas_limited_to_one_thread`: the limit is the
    whole process's, so it is set by the first to enter and lifted by the last to leave (lifted by
    each on its own way out, two overlapping calls would leave the process on one thread for good)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inside = 0
        self.limit: AbstractContextManager[Any] | None = None

    def enter(self) -> None:
        with self.lock:
            if self.inside == 0:
                self.limit = _controller().limit(limits=1, user_api="blas")
                self.limit.__enter__()
            self.inside += 1

    def leave(self) -> None:
        with self.lock:
            self.inside -= 1
            if self.inside == 0 and self.limit is not None:
                limit, self.limit = self.limit, None
                limit.__exit__(None, None, None)


_ONE_THREAD = _OneThreadWhileInside()


@contextmanager
def blas_limited_to_one_thread() -> Iterator[None]:
    """The BLAS libraries loaded in this process run on one thread inside this block (about 11 µs to
    set and lift with ``threadpoolctl``)."""
    _ONE_THREAD.enter()
    try:
        yield
    finally:
        _ONE_THREAD.leave()


@cache
def _controller() -> Any:
    """The BLAS libraries this process has loaded, found once, when the model (and NumPy) is loaded."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()
