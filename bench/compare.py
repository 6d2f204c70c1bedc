"""Is this checkout faster than another revision? One process each, interleaved, on a noisy machine.

Run from the project root (electext installed, git available):

    python bench/compare.py 7367433                  # 300 articles, 3 rounds
    python bench/compare.py HEAD~3 --articles 500 --rounds 5

The other revision is checked out into a temporary git worktree. Each round runs, one after the
other, the naive baseline (as in bench/throughput.py), ``electext extract DIR -o OUT --jobs 1`` with
that revision's code, and the same with this checkout's code, so that the machine's drift between
minutes (on the 2-core machine here a third between runs) hits all three alike. Reported: articles/s
of each run, each one's median, and the medians' ratios. Wall time includes the model load, which is
subtracted as measured once per revision. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import ROOT, build_workload, installed_model  # bench/ is this script's folder


def startup(code: Path) -> float:
    """Seconds for that code to import electext and load its pipeline and reference data, measured as
    bench/throughput.py measures it."""
    command = [sys.executable, str(ROOT / "bench" / "throughput.py"), "--_startup"]
    out = subprocess.run(command, cwd=code, capture_output=True, text=True, check=True, env=_environment(code))
    return float(json.loads(out.stdout.strip().splitlines()[-1])["startup_s"])


def _environment(code: Path) -> dict[str, str]:
    """That revision's code first on the path, in either layout (pipeline/electext/ now, pipeline/ before)."""
    source = code / "pipeline" if (code / "pipeline" / "electext").is_dir() else code
    return {"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin"}


def _module(code: Path) -> str:
    return "electext" if (code / "pipeline" / "electext").is_dir() else "pipeline"


def electext_rate(code: Path, folder: Path, articles: int, loaded: float, scratch: Path) -> float:
    output = scratch / f"out-{time.monotonic_ns()}"
    command = [sys.executable, "-m", _module(code), "extract", str(folder), "-o", str(output), "--jobs", "1"]
    started = time.perf_counter()
    subprocess.run(command, cwd=code, capture_output=True, check=True, env=_environment(code))
    wall = time.perf_counter() - started
    shutil.rmtree(output, ignore_errors=True)
    return articles / (wall - loaded)


def baseline_rate(folder: Path, articles: int, model: str) -> float:
    command = [sys.executable, str(ROOT / "bench" / "throughput.py"), "--_baseline", str(folder), "--_model", model]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return articles / float(json.loads(out.strip().splitlines()[-1])["run_s"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", help="the git revision to compare this checkout with")
    parser.add_argument("--articles", type=int, default=300, help="workload size (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="electext-compare-"))
    other = scratch / "other"
    try:
        subprocess.run(["git", "worktree", "add", "--detach", str(other), args.revision], cwd=ROOT, check=True)
        folder = scratch / "workload"
        build_workload(folder, args.articles)
        codes = {args.revision: other, "this checkout": ROOT}
        loaded = {name: startup(code) for name, code in codes.items()}
        model = installed_model()
        rates: dict[str, list[float]] = {"baseline": [], **{name: [] for name in codes}}
        for round_number in range(1, args.rounds + 1):
            rates["baseline"].append(baseline_rate(folder, args.articles, model))
            for name, code in codes.items():
                rates[name].append(electext_rate(code, folder, args.articles, loaded[name], scratch))
            print(f"round {round_number}: " + ", ".join(f"{k} {v[-1]:.2f}" for k, v in rates.items()), flush=True)
        medians = {name: statistics.median(values) for name, values in rates.items()}
        print(f"{args.articles} articles, {args.rounds} rounds; median articles/s (start-up subtracted):")
        for name, value in medians.items():
            print(f"  {name:<16}{value:8.2f}")
        print(f"this checkout / {args.revision}: {medians['this checkout'] / medians[args.revision]:.2f}")
        for name in codes:
            print(f"{name} / baseline: {medians[name] / medians['baseline']:.2f}")
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT, check=False)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
