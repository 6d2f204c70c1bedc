"""The garbage collector in a process electext owns: collected less often, frozen at exit
(pipeline/electext/core/collector.py). Each check runs in a fresh process, so this one keeps its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from electext.core.collector import YOUNG_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "pipeline")}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_the_youngest_generation_is_collected_less_often_and_the_others_as_before() -> None:
    probe = (
        "import gc; before = gc.get_threshold()\n"
        "from electext.core.collector import tune_collector; tune_collector(); tune_collector()\n"
        "print(before[1:] == gc.get_threshold()[1:], gc.get_threshold()[0])"
    )
    assert _python(probe) == f"True {YOUNG_THRESHOLD}\n"


def test_the_collector_is_frozen_at_exit_and_not_before() -> None:
    # Exit handlers run last registered first: one registered before the tuning runs after the freeze.
    probe = (
        "import atexit, gc\n"
        "atexit.register(lambda: print('after', gc.get_freeze_count() > 0))\n"
        "from electext.core.collector import tune_collector; tune_collector(); tune_collector()\n"
        "atexit.register(lambda: print('before', gc.get_freeze_count() > 0))\n"
        "print('running', gc.get_freeze_count() > 0)\n"
    )
    assert _python(probe) == "running False\nbefore False\nafter True\n"


def test_the_command_s_own_process_tunes_its_collector() -> None:
    probe = (
        "import gc, sys; sys.argv = ['electext', '--help']\n"
        "from electext.launch import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(gc.get_threshold()[0])"
    )
    assert _python(probe).splitlines()[-1] == str(YOUNG_THRESHOLD)
