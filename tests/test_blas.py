"""The model runs on NumPy's BLAS, on one BLAS thread: by environment in the processes electext starts, by
threadpoolctl around the model's call anywhere else (pipeline/electext/nlp/blas.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from electext.api import extract_text
from electext.nlp.annotate import load_pipeline
from electext.nlp.blas import THREAD_VARIABLES, blas_limited_to_one_thread, building_on, model_ops
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps, Ops
from threadpoolctl import threadpool_info

ROOT = Path(__file__).resolve().parent.parent


def test_the_default_backend_is_swapped_for_numpys_blas_and_a_chosen_one_is_kept() -> None:
    with building_on(NumpyOps()):
        chosen = model_ops()
        assert isinstance(chosen, NumpyOps) and not chosen.use_blis
    mine = Ops()  # any backend a user set: a GPU, AppleOps, or plain Ops as here
    with building_on(mine):
        assert model_ops() is mine


@pytest.mark.model
def test_the_ner_is_built_on_numpys_blas() -> None:
    ner = load_pipeline().get_pipe("ner")
    for layer in ner.model.get_ref("tok2vec").walk():  # where the NER's large products are
        assert isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis, layer.name
    for layer in ner.model.get_ref("lower").walk():
        assert not layer.ops.use_blis, layer.name


def _python(code: str, **variables: str) -> str:
    env = {key: value for key, value in os.environ.items() if key not in THREAD_VARIABLES}
    env.update(variables, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_an_owned_process_gets_one_blas_thread_unless_the_user_chose() -> None:
    probe = (
        "import os; from electext.nlp.blas import THREAD_VARIABLES, one_blas_thread; "
        "print(one_blas_thread(), *(os.environ[v] for v in THREAD_VARIABLES))"
    )
    assert _python(probe) == "True 1 1 1\n"
    assert _python(probe, OPENBLAS_NUM_THREADS="3") == "True 3 1 1\n"
    # Once NumPy is loaded its BLAS has read the variables: too late, and it says so.
    assert _python("import numpy; from electext.nlp.blas import one_blas_thread; print(one_blas_thread())") == "False\n"


def _openblas_threads_after(code: str) -> int | None:
    """OpenBLAS's thread count in a fresh process after ``code``, or None where NumPy's BLAS is not
    the OpenBLAS its wheels bundle (a conda MKL build, macOS's Accelerate)."""
    probe = (
        f"{code}\n"
        "import ctypes, glob, os, numpy\n"
        "libs = glob.glob(os.path.join(os.path.dirname(numpy.__file__) + '.libs', '*openblas*'))\n"
        "lib = ctypes.CDLL(libs[0]) if libs else None\n"
        "get = getattr(lib, 'scipy_openblas_get_num_threads64_', None)\n"
        "print(get() if get else 'none')\n"
    )
    out = _python(probe).strip()
    return None if out == "none" else int(out)


@pytest.mark.model
def test_a_worker_loads_the_model_with_one_blas_thread() -> None:
    start = (
        "import os; from electext.runtime.worker import Job, start_worker; "
        "start_worker(Job(model=None, reference=None, max_tokens=None), os.getpid())"
    )
    threads = _openblas_threads_after(start)
    if threads is None:
        pytest.skip("NumPy's BLAS here is not the OpenBLAS of its wheels")
    assert threads == 1
    if (os.cpu_count() or 1) > 1:  # the probe can tell: left alone, OpenBLAS takes a thread per core
        assert _openblas_threads_after("pass") > 1


def _blas_threads() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


@pytest.fixture
def several_blas_threads() -> list[int]:
    """The test process's own BLAS thread counts, where one of them is more than one."""
    import numpy  # noqa: F401  (its BLAS must be loaded to be seen)

    threads = _blas_threads()
    if not threads or max(threads) == 1:
        pytest.skip("this process's BLAS has one thread already: nothing to limit")
    return threads


def test_overlapping_calls_run_on_one_blas_thread_and_the_last_out_restores_the_rest(
    several_blas_threads: list[int],
) -> None:
    first, second = blas_limited_to_one_thread(), blas_limited_to_one_thread()
    first.__enter__()
    assert set(_blas_threads()) == {1}
    second.__enter__()  # another thread of the program, inside at the same time
    first.__exit__(None, None, None)
    assert set(_blas_threads()) == {1}  # the other one is still inside
    second.__exit__(None, None, None)
    assert _blas_threads() == several_blas_threads


@pytest.mark.model
def test_the_model_runs_on_one_blas_thread_in_a_program_that_uses_more(several_blas_threads: list[int]) -> None:
    seen: list[list[int]] = []

    @Language.component("electext_test_blas_probe")
    def probe(doc: Doc) -> Doc:
        seen.append(_blas_threads())
        return doc

    nlp = load_pipeline()
    nlp.add_pipe("electext_test_blas_probe", after="ner")
    try:
        extract_text((ROOT / "corpus" / "articles" / "mid-beds-tamworth.txt").read_text(encoding="utf-8"))
    finally:
        nlp.remove_pipe("electext_test_blas_probe")
    assert seen and all(set(threads) == {1} for threads in seen)
    assert _blas_threads() == several_blas_threads  # the program's own setting, back
